package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.symbiose.engine.geo.GeoPoint;

/**
 * Writes a dataset as an {@code .xlsx} workbook with one sheet per file ({@code actors}, {@code flows}),
 * the columns of the format in their documented order: numbers as numbers (quantities, temperatures,
 * coordinates, headcounts), everything else as text written as {@link ExchangeWriter} writes it, so that
 * {@link ExchangeReader} reads back an equal dataset. Rows are streamed (a few hundred kept in memory),
 * but the reader takes workbooks of at most 10 MB: larger datasets travel as a zip of CSV files.
 */
public final class ExchangeXlsxWriter {

    private ExchangeXlsxWriter() {}

    /** Writes the workbook to {@code out}, which stays open. */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet actors = workbook.createSheet("actors");
            header(actors, ExchangeRows.ACTOR_COLUMNS);
            int r = 1;
            for (Actor a : dataset.actors()) {
                GeoPoint p = a.location();
                row(
                        actors,
                        r++,
                        a.id(),
                        a.name(),
                        a.siret(),
                        a.naf(),
                        a.activity(),
                        a.employees() == null ? null : a.employees().doubleValue(),
                        p == null ? null : p.latitude(),
                        p == null ? null : p.longitude(),
                        a.communeInsee(),
                        a.zone(),
                        String.valueOf(a.member()));
            }
            Sheet flows = workbook.createSheet("flows");
            header(flows, ExchangeRows.FLOW_COLUMNS);
            r = 1;
            for (FlowRecord f : dataset.flows()) {
                row(
                        flows,
                        r++,
                        f.id(),
                        f.actorId(),
                        f.direction() == null ? null : f.direction().name().toLowerCase(Locale.ROOT),
                        f.label(),
                        f.category() == null ? null : f.category().code(),
                        f.ewc(),
                        f.quantity(),
                        f.unit() == null ? null : f.unit().symbol(),
                        f.period() == null ? null : f.period().name().toLowerCase(Locale.ROOT),
                        f.temperatureC(),
                        f.hazardous() == null ? null : f.hazardous().toString(),
                        f.availableFrom() == null ? null : f.availableFrom().toString(),
                        f.availableTo() == null ? null : f.availableTo().toString(),
                        f.notes());
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    static void header(Sheet sheet, Set<String> columns) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (String column : List.copyOf(columns)) {
            row.createCell(c++).setCellValue(column);
        }
    }

    /** A row of text (String) and number (Double) cells; nulls are left empty. */
    static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Double number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
