package org.symbiose.dashboards;

/**
 * One cell of a CSV file that a spreadsheet opens: quoted when it holds the separator, a quote or a line
 * break; a leading = + - @ is prefixed by ' so that a spreadsheet never runs it as a formula. Shared by
 * the dashboards' tables and the territory's metabolism (docs/decisions/0023).
 */
public final class CsvCells {

    private CsvCells() {}

    public static String cell(String text, char separator) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
