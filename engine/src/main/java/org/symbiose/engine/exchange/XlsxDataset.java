package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx form of a dataset: one sheet per file, named {@code actors} and {@code flows} (with or
 * without ".csv"). Each sheet gives its rows as records, so errors name the spreadsheet row as the line.
 * Values only: a formula counts by the value the spreadsheet computed and saved with it, and a formula
 * saved without one (a file written by a program that does not compute) is refused, as is an error value
 * such as {@code #DIV/0!}. A workbook that is not an .xlsx, is protected by a password, or inflates beyond
 * the limits is refused whole.
 */
final class XlsxDataset {

    private XlsxDataset() {}

    /** The records of the {@code actors} and {@code flows} sheets found, by file name ({@code actors.csv}). */
    static Map<String, Records> sheets(Path xlsx, ReadLimits limits, List<DatasetError> errors)
            throws DatasetException {
        String name = xlsx.getFileName().toString();
        try {
            if (Files.size(xlsx) > limits.maxWorkbookBytes()) {
                throw DatasetException.of(name, "workbook-too-large", limits.maxWorkbookBytes() / (1024 * 1024));
            }
            if (isOle2(xlsx)) {
                throw DatasetException.of(name, "encrypted-workbook");
            }
        } catch (IOException e) {
            throw DatasetException.of(name, "unreadable", String.valueOf(e.getMessage()));
        }
        // POI's guards are process-wide: an entry may inflate at most 100 times, and at most to the file limit.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(limits.maxFileBytes());
        ZipSecureFile.setMaxFileCount(limits.maxArchiveEntries());
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Map<String, Records> files = new HashMap<>();
            var formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                String sheetName =
                        sheet.getSheetName().strip().toLowerCase(Locale.ROOT).replace(".csv", "");
                if (sheetName.equals("actors") || sheetName.equals("flows")) {
                    String file = sheetName + ".csv";
                    files.put(file, new SheetRecords(file, sheet, formatter, limits, errors));
                }
            }
            return files;
        } catch (Exception e) {
            // POI answers a file it cannot read with a dozen exception types, checked and unchecked alike.
            throw DatasetException.of(name, "corrupt-workbook", String.valueOf(e.getMessage()));
        }
    }

    private static boolean isOle2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4
                    && (magic[0] & 0xFF) == 0xD0
                    && (magic[1] & 0xFF) == 0xCF
                    && (magic[2] & 0xFF) == 0x11
                    && (magic[3] & 0xFF) == 0xE0;
        }
    }

    /** The rows of a sheet, read while the workbook is open. */
    private static final class SheetRecords implements Records {

        private final List<String[]> rows = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private String[] header;
        private int next;

        SheetRecords(String file, Sheet sheet, DataFormatter formatter, ReadLimits limits, List<DatasetError> errors) {
            int width = -1;
            for (Iterator<Row> it = sheet.rowIterator(); it.hasNext(); ) {
                Row row = it.next();
                long line = row.getRowNum() + 1L;
                int last = Math.min(Math.max(row.getLastCellNum(), 0), limits.maxCells());
                String[] cells = new String[last];
                int used = 0;
                for (int c = 0; c < last; c++) {
                    cells[c] = value(row.getCell(c), formatter, file, line, column(c), limits, errors);
                    used = cells[c].isBlank() ? used : c + 1;
                }
                if (used == 0) {
                    continue;
                }
                if (width < 0) {
                    width = used;
                    header = cells;
                }
                // Trailing empty cells are how a sheet is, not missing separators: pad to the header's width.
                int count = Math.max(used, width);
                rows.add(Arrays.copyOf(cells, Math.max(count, last)));
                lines.add(line);
                counts.add(row.getLastCellNum() > limits.maxCells() ? row.getLastCellNum() : count);
            }
            for (String[] cells : rows) {
                Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
            }
        }

        /** The header's name of a column, null when there is none (yet). */
        private String column(int index) {
            if (header == null || index >= header.length || header[index] == null || header[index].isBlank()) {
                return null;
            }
            return header[index].strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public String[] next() {
            return next < rows.size() ? rows.get(next++) : null;
        }

        @Override
        public long recordLine() {
            return lines.get(next - 1);
        }

        @Override
        public long line() {
            return next == 0 ? 1 : recordLine();
        }

        @Override
        public int cellCount() {
            return counts.get(next - 1);
        }

        private static String value(
                Cell cell,
                DataFormatter formatter,
                String file,
                long line,
                String column,
                ReadLimits limits,
                List<DatasetError> errors) {
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                if (!((XSSFCell) cell).getCTCell().isSetV()) {
                    errors.add(new DatasetError(
                            file,
                            line,
                            column,
                            "formula-without-value",
                            cell.getAddress().formatAsString()));
                    return "";
                }
                type = cell.getCachedFormulaResultType();
            }
            String text = switch (type) {
                case NUMERIC ->
                    DateUtil.isCellDateFormatted(cell)
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                            : plain(cell.getNumericCellValue());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                case STRING -> cell.getRichStringCellValue().getString();
                case ERROR -> {
                    errors.add(new DatasetError(
                            file, line, column, "error-value", cell.getAddress().formatAsString()));
                    yield "";
                }
                default -> "";
            };
            if (text.length() > limits.maxCellChars()) {
                errors.add(new DatasetError(
                        file,
                        line,
                        column,
                        "sheet-cell-too-long",
                        cell.getAddress().formatAsString(),
                        limits.maxCellChars()));
                return text.substring(0, limits.maxCellChars());
            }
            return text;
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).toPlainString();
    }
}
