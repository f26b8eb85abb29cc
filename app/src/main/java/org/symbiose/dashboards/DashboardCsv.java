package org.symbiose.dashboards;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * A dashboard's table as CSV, in the reader's language: in French the headers in French, {@code ;}
 * between cells and a decimal comma (what French Excel opens by a double click, as the metabolism's CSV,
 * docs/decisions/0023); in English the headers in English, {@code ,} and a decimal point. UTF-8 with a
 * byte-order mark, CRLF, no thousands separator. The same rows as the page's table and the JSON.
 */
final class DashboardCsv {

    private DashboardCsv() {}

    static byte[] of(ChartTable table, Locale locale, MessageSource messages) {
        boolean french = !"en".equals(locale.getLanguage());
        char separator = french ? ';' : ',';
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.cell(text.apply("dashboard.period"), separator));
        for (String column : table.columns()) {
            csv.append(separator).append(CsvCells.cell(text.apply(column), separator));
        }
        csv.append("\r\n");
        for (ChartTable.Row row : table.rows()) {
            csv.append(CsvCells.cell(row.step().label(row.current(), messages, locale), separator));
            for (Number value : row.values()) {
                csv.append(separator).append(number(value, french));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Plain digits, never an exponent; a decimal comma in French. */
    static String number(Number value, boolean french) {
        String plain = value instanceof BigDecimal decimal
                ? Timeline.plain(decimal).toPlainString()
                : String.valueOf(value.longValue());
        return french ? plain.replace('.', ',') : plain;
    }

    /** "adeto-tableau-de-bord-tonnes.csv", "network-dashboard-tonnes.csv": ASCII, no space. */
    static String fileName(String scope, ChartTable table, Locale locale, MessageSource messages) {
        return messages.getMessage("dashboard.csv.file", new Object[] {scope, table.name()}, locale);
    }
}
