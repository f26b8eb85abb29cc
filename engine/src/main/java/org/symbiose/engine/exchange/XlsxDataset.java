package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx form of a dataset: one sheet per file, named {@code actors} and {@code flows} (with or
 * without ".csv"). Each sheet is turned into the CSV text the reader checks, row for row, so errors
 * name the spreadsheet row as the line.
 */
final class XlsxDataset {

    private XlsxDataset() {}

    /** CSV text by file name ({@code actors.csv}, {@code flows.csv}) for the sheets found. */
    static Map<String, String> sheets(Path xlsx) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            var formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                String name =
                        sheet.getSheetName().strip().toLowerCase(Locale.ROOT).replace(".csv", "");
                if (name.equals("actors") || name.equals("flows")) {
                    files.put(name + ".csv", csv(sheet, formatter));
                }
            }
        }
        return files;
    }

    private static String csv(Sheet sheet, DataFormatter formatter) throws IOException {
        var text = new StringBuilder();
        try (var printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            int width = sheet.getRow(sheet.getFirstRowNum()) == null
                    ? 0
                    : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < width; c++) {
                    printer.print(row == null ? "" : value(row.getCell(c), formatter));
                }
                printer.println();
            }
        }
        return text.toString();
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> formatter.formatCellValue(cell);
            default -> formatter.formatCellValue(cell);
        };
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).toPlainString();
    }
}
