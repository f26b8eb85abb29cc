package org.symbiose.engine.exchange;

import static org.symbiose.engine.exchange.MalformedDatasets.ACTORS;
import static org.symbiose.engine.exchange.MalformedDatasets.ANY_LINE;
import static org.symbiose.engine.exchange.MalformedDatasets.FLOWS;
import static org.symbiose.engine.exchange.MalformedDatasets.copy;
import static org.symbiose.engine.exchange.MalformedDatasets.file;
import static org.symbiose.engine.exchange.MalformedDatasets.text;
import static org.symbiose.engine.exchange.MalformedDatasets.utf8;
import static org.symbiose.engine.exchange.MalformedDatasets.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.symbiose.engine.exchange.MalformedDatasets.Case;
import org.symbiose.engine.exchange.MalformedDatasets.Expect;

/** The malformed zips and workbooks of the corpus. */
final class MalformedArchives {

    private MalformedArchives() {}

    static List<Case> zips() throws IOException {
        var cases = new ArrayList<Case>();
        byte[] valid = MalformedDatasets.validZip();
        for (int twentieth = 0; twentieth < 20; twentieth++) {
            int length = valid.length * twentieth / 20;
            cases.add(zipCase(
                    "truncated", length + " of " + valid.length + " bytes", Arrays.copyOf(valid, length), "d.zip", 0));
        }
        int data = MalformedDatasets.firstDataOffset(valid);
        for (int k = 0; k < 60; k += 4) {
            byte[] flipped = valid.clone();
            flipped[data + k] ^= (byte) 0x5A;
            cases.add(zipCase("corrupt deflated bytes", "byte " + (data + k), flipped, "actors.csv", ANY_LINE));
        }
        cases.add(zipCase("encrypted", "every entry", MalformedDatasets.encrypted(valid), "d.zip", 0));
        for (String path : List.of(
                "../actors.csv",
                "territoire/../../actors.csv",
                "/etc/actors.csv",
                "C:\\data\\actors.csv",
                "..\\actors.csv")) {
            byte[] zip = zip(path, utf8(text(ACTORS)), "flows.csv", utf8(text(FLOWS)));
            cases.add(zipCase("entry outside the archive", path, zip, "d.zip", 0));
        }
        cases.add(zipCase("missing file", "no flows.csv", zip("actors.csv", utf8(text(ACTORS))), "d.zip", 0));
        cases.add(zipCase("missing file", "no entry", zip(), "d.zip", 0));
        cases.add(zipCase(
                "file twice",
                "actors.csv in two folders",
                zip(
                        "a/actors.csv",
                        utf8(text(ACTORS)),
                        "b/actors.csv",
                        utf8(text(ACTORS)),
                        "flows.csv",
                        utf8(text(FLOWS))),
                "d.zip",
                0));
        Object[] many = new Object[2 * (ReadLimits.DEFAULT.maxArchiveEntries() + 1)];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = i == 0 ? "actors.csv" : i == 2 ? "flows.csv" : "note-" + i + ".txt";
            many[i + 1] = i == 0 ? utf8(text(ACTORS)) : i == 2 ? utf8(text(FLOWS)) : new byte[0];
        }
        cases.add(zipCase("too many entries", many.length / 2 + " entries", zip(many), "d.zip", 0));
        // Inflating 200 MB takes seconds on a busy machine: the bomb goes past a limit of 16 MB instead.
        var small = new ReadLimits(16L << 20, 1 << 20, 100, 10_000, 500, 1_000, 1_000);
        cases.add(new Case(
                "zip bomb",
                "flows.csv inflating past 16 MB from 20 kB",
                file("d.zip", MalformedDatasets.bomb(small.maxFileBytes())),
                new Expect("flows.csv", ANY_LINE, null),
                small));
        cases.add(zipCase("size the archive lies about", "flows.csv", lyingSize(valid), "flows.csv", ANY_LINE));
        cases.add(zipCase(
                "Windows-1252 inside a zip",
                "actors.csv",
                zip(
                        "actors.csv",
                        text(ACTORS).getBytes(MalformedDatasets.WINDOWS_1252),
                        "flows.csv",
                        utf8(text(FLOWS))),
                "actors.csv",
                2));
        var short3 = copy(ACTORS);
        short3.set(2, short3.get(2).subList(0, 5));
        cases.add(zipCase(
                "fewer cells inside a zip",
                "actors.csv line 3",
                zip("actors.csv", utf8(text(short3)), "flows.csv", utf8(text(FLOWS))),
                "actors.csv",
                3));
        var random = new Random(11);
        for (int i = 0; i < 5; i++) {
            byte[] noise = new byte[1 + random.nextInt(4096)];
            random.nextBytes(noise);
            cases.add(zipCase("not a zip", "random bytes " + i, noise, "d.zip", 0));
        }
        cases.add(zipCase("not a zip", "text", utf8(text(ACTORS)), "d.zip", 0));
        cases.add(new Case(
                "not a dataset",
                "a lone .csv",
                file("actors.csv", utf8(text(ACTORS))),
                new Expect("actors.csv", 0, null)));
        return cases;
    }

    private static Case zipCase(String kind, String name, byte[] zip, String file, long line) {
        return new Case(kind, name, file("d.zip", zip), new Expect(file, line, null));
    }

    /** The archive states a size of 10 bytes for flows.csv in its central directory. */
    private static byte[] lyingSize(byte[] zip) {
        byte[] copy = zip.clone();
        byte[] name = utf8("territoire/flows.csv");
        for (int i = 0; i + 46 + name.length < copy.length; i++) {
            if (copy[i] == 'P'
                    && copy[i + 1] == 'K'
                    && copy[i + 2] == 1
                    && copy[i + 3] == 2
                    && Arrays.equals(Arrays.copyOfRange(copy, i + 46, i + 46 + name.length), name)) {
                copy[i + 24] = 10;
                copy[i + 25] = 0;
                copy[i + 26] = 0;
                copy[i + 27] = 0;
            }
        }
        return copy;
    }

    static List<Case> workbooks() throws IOException {
        var cases = new ArrayList<Case>();
        byte[] valid = workbook(ACTORS, FLOWS, null);
        for (int tenth = 0; tenth < 10; tenth++) {
            int length = valid.length * tenth / 10;
            cases.add(
                    xlsxCase("truncated workbook", length + " bytes", Arrays.copyOf(valid, length), "d.xlsx", 0, null));
        }
        byte[] ole2 = new byte[1024];
        new Random(5).nextBytes(ole2);
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                ole2,
                0,
                8);
        cases.add(xlsxCase("encrypted workbook", "OLE2 container", ole2, "d.xlsx", 0, null));
        cases.add(xlsxCase("not a workbook", "text", utf8(text(FLOWS)), "d.xlsx", 0, null));
        cases.add(xlsxCase("not a workbook", "a zip of CSV", MalformedDatasets.validZip(), "d.xlsx", 0, null));
        cases.add(xlsxCase(
                "formula without value",
                "flows quantity",
                workbook(ACTORS, FLOWS, "formula"),
                "flows.csv",
                3,
                "quantity"));
        cases.add(xlsxCase(
                "error value", "flows quantity", workbook(ACTORS, FLOWS, "error"), "flows.csv", 3, "quantity"));
        var twice = copy(ACTORS);
        twice.forEach(row -> row.add(row.get(1)));
        cases.add(xlsxCase("column named twice", "actors name", workbook(twice, FLOWS, null), "actors.csv", 1, "name"));
        var longLabel = copy(FLOWS);
        longLabel.get(2).set(3, "bois ".repeat(200));
        cases.add(xlsxCase(
                "label too long", "1,000 characters", workbook(ACTORS, longLabel, null), "flows.csv", 3, "label"));
        var longCell = copy(FLOWS);
        longCell.get(2).set(13, "n".repeat(ReadLimits.DEFAULT.maxCellChars() + 1));
        cases.add(xlsxCase("cell too long", "notes", workbook(ACTORS, longCell, null), "flows.csv", 3, "notes"));
        var missing = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            ExchangeReaderTest.sheet(workbook.createSheet("actors"), text(ACTORS));
            workbook.write(missing);
        }
        cases.add(xlsxCase("missing sheet", "no flows", missing.toByteArray(), "d.xlsx", 0, null));
        return cases;
    }

    private static Case xlsxCase(String kind, String name, byte[] xlsx, String file, long line, String column) {
        return new Case(kind, name, file("d.xlsx", xlsx), new Expect(file, line, column));
    }

    /**
     * The two tables as sheets; {@code flaw} "formula" puts a formula saved without value in line 3's quantity,
     * "error" an error value there.
     */
    static byte[] workbook(List<List<String>> actors, List<List<String>> flows, String flaw) throws IOException {
        var out = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            ExchangeReaderTest.sheet(workbook.createSheet("actors"), text(actors));
            var sheet = workbook.createSheet("flows");
            ExchangeReaderTest.sheet(sheet, text(flows));
            if ("formula".equals(flaw)) {
                var row = sheet.getRow(2);
                row.removeCell(row.getCell(6));
                row.createCell(6).setCellFormula("450*2");
            } else if ("error".equals(flaw)) {
                sheet.getRow(2).getCell(6).setCellErrorValue(FormulaError.DIV0.getCode());
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }
}
