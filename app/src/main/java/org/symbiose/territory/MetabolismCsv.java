package org.symbiose.territory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.symbiose.dashboards.CsvCells;

/**
 * A diagram's links as CSV for a spreadsheet used in France: UTF-8 with a byte-order mark (so that Excel
 * reads the accents), {@code ;} between cells and a decimal comma, as French Excel opens a CSV by a
 * double click (docs/decisions/0023). Columns: source, target, value per year, unit.
 */
final class MetabolismCsv {

    private MetabolismCsv() {}

    static byte[] of(SankeyDiagram diagram) {
        StringBuilder csv = new StringBuilder("\uFEFFsource;target;value;unit\r\n");
        String unit = diagram.unit() + "/an";
        for (SankeyDiagram.Link link : diagram.links()) {
            csv.append(cell(diagram.name(link.source())))
                    .append(';')
                    .append(cell(diagram.name(link.target())))
                    .append(';')
                    .append(number(link.value()))
                    .append(';')
                    .append(unit)
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Three decimals at most, no thousands separator, a decimal comma. */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading = + - @ is neutralised for spreadsheets. */
    static String cell(String text) {
        return CsvCells.cell(text, ';');
    }
}
