package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.symbiose.engine.exchange.MalformedDatasets.ACTORS;
import static org.symbiose.engine.exchange.MalformedDatasets.ANY_LINE;
import static org.symbiose.engine.exchange.MalformedDatasets.FLOWS;
import static org.symbiose.engine.exchange.MalformedDatasets.copy;
import static org.symbiose.engine.exchange.MalformedDatasets.folder;
import static org.symbiose.engine.exchange.MalformedDatasets.text;
import static org.symbiose.engine.exchange.MalformedDatasets.utf8;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.cli.SymbioseCommand;
import org.symbiose.engine.exchange.MalformedDatasets.Case;
import org.symbiose.engine.exchange.MalformedDatasets.Expect;
import org.symbiose.engine.exchange.MalformedDatasets.Layout;
import picocli.CommandLine;

/**
 * Over three hundred malformed datasets, written systematically from a small valid one: each must be refused
 * with a {@link DatasetException} naming the file and, where one applies, the line and the column, within a
 * guard of 10 s (a hang, not a speed, is what it catches). No other exception may escape. The engine's build
 * runs this class in its own JVM of 512 MB of heap (engine/pom.xml, execution {@code malformed-corpus}).
 */
class MalformedDatasetCorpusTest {

    static final ExchangeReader READER = new ExchangeReader();

    @TempDir
    static Path root;

    private static int next;

    @Test
    void theDatasetTheCorpusIsMadeFromIsValid(@TempDir Path dir) throws Exception {
        Dataset dataset = READER.read(folder(text(ACTORS), text(FLOWS)).write(dir));
        assertThat(dataset.actors()).hasSize(3);
        assertThat(dataset.flows()).hasSize(4);
        assertThat(READER.read(MalformedDatasets.file("d.zip", MalformedDatasets.validZip())
                                .write(dir))
                        .flows())
                .hasSize(4);
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryMalformedDatasetNamingWhereItIsWrong() throws IOException {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> assertRefused(c)));
    }

    /**
     * One dataset of each kind through {@code symbiose match} as a user runs it: exit code 1, the errors on
     * standard error, nothing on standard output, no stack trace.
     */
    @TestFactory
    Stream<DynamicTest> theMatchCommandAnswersEachKindWithMessagesAndExitCode1() throws IOException {
        var firstOfEachKind = new LinkedHashMap<String, Case>();
        for (Case c : corpus()) {
            if (c.limits() == ReadLimits.DEFAULT) {
                firstOfEachKind.putIfAbsent(c.kind(), c);
            }
        }
        return firstOfEachKind.values().stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    Path dataset = c.layout().write(Files.createDirectory(root.resolve("command-" + next++)));
                    var out = new StringWriter();
                    var err = new StringWriter();
                    CommandLine cli = SymbioseCommand.commandLine();
                    cli.setOut(new PrintWriter(out));
                    cli.setErr(new PrintWriter(err));

                    int exit = assertTimeoutPreemptively(
                            Duration.ofSeconds(10), () -> cli.execute("match", dataset.toString(), "--lang", "fr"));

                    assertThat(exit).as(err.toString()).isEqualTo(1);
                    assertThat(out.toString()).isEmpty();
                    assertThat(err.toString())
                            .contains(c.expect().file())
                            .contains("rien n’a été rapproché")
                            .doesNotContain("Exception")
                            .doesNotContain("\tat ");
                    if (c.expect().line() > 0) {
                        assertThat(err.toString())
                                .contains(", ligne " + c.expect().line());
                    }
                    if (c.expect().column() != null) {
                        assertThat(err.toString())
                                .contains(", colonne «\u00a0" + c.expect().column() + "\u00a0»\u00a0: ");
                    }
                }));
    }

    static void assertRefused(Case c) throws IOException {
        Path dir = Files.createDirectory(root.resolve("case-" + next++));
        Path dataset = c.layout().write(dir);
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                (c.limits() == ReadLimits.DEFAULT ? READER : new ExchangeReader(c.limits())).read(dataset);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        assertThat(thrown).as("%s refused with a DatasetException", c).isInstanceOf(DatasetException.class);
        List<DatasetError> errors = ((DatasetException) thrown).errors();
        assertThat(errors).isNotEmpty().allSatisfy(e -> {
            assertThat(e.file()).isNotBlank();
            assertThat(e.message()).isNotBlank();
            ErrorMessagesTest.assertSpeaksBothLanguages(e);
        });
        Expect expect = c.expect();
        assertThat(errors)
                .as("%s: an error naming %s, line %s, column %s", c, expect.file(), expect.line(), expect.column())
                .anySatisfy(e -> {
                    assertThat(e.file()).contains(expect.file());
                    if (expect.line() == ANY_LINE) {
                        assertThat(e.line()).isPositive();
                    } else {
                        assertThat(e.line()).isEqualTo(expect.line());
                    }
                    if (expect.column() != null) {
                        assertThat(e.column()).isEqualTo(expect.column());
                    }
                });
    }

    static List<Case> corpus() throws IOException {
        var cases = new ArrayList<Case>();
        cases.addAll(structure());
        cases.addAll(encodings());
        cases.addAll(limits());
        cases.addAll(MalformedArchives.zips());
        cases.addAll(MalformedArchives.workbooks());
        return cases;
    }

    /** Both tables of the valid dataset by file name. */
    static Map<String, List<List<String>>> tables() {
        var tables = new LinkedHashMap<String, List<List<String>>>();
        tables.put("actors.csv", ACTORS);
        tables.put("flows.csv", FLOWS);
        return tables;
    }

    static Layout with(String file, String text) {
        return file.equals("actors.csv") ? folder(text, text(FLOWS)) : folder(text(ACTORS), text);
    }

    static Layout with(String file, byte[] bytes) {
        return file.equals("actors.csv") ? folder(bytes, utf8(text(FLOWS))) : folder(utf8(text(ACTORS)), bytes);
    }

    /** Rows cut short, rows too wide, quotes left open or followed by text, columns named twice. */
    static List<Case> structure() {
        var cases = new ArrayList<Case>();
        tables().forEach((file, table) -> {
            List<String> header = table.get(0);
            for (int r = 1; r < table.size(); r++) {
                for (int keep = 1; keep < header.size(); keep++) {
                    var rows = copy(table);
                    rows.set(r, rows.get(r).subList(0, keep));
                    cases.add(new Case(
                            "fewer cells",
                            file + " line " + (r + 1) + " cut to " + keep,
                            with(file, text(rows)),
                            new Expect(file, r + 1, header.get(keep))));
                }
                var wider = copy(table);
                wider.get(r).add("en trop");
                cases.add(new Case(
                        "more cells",
                        file + " line " + (r + 1),
                        with(file, text(wider)),
                        new Expect(file, r + 1, null)));
                for (int c = 0; c < header.size(); c++) {
                    var rows = copy(table);
                    String cell = rows.get(r).get(c).replace("\"", "");
                    rows.get(r).set(c, "\"" + cell + "\"x");
                    cases.add(new Case(
                            "text after a quote",
                            file + " line " + (r + 1) + " column " + header.get(c),
                            with(file, text(rows)),
                            new Expect(file, r + 1, header.get(c))));
                }
                var open = copy(table);
                int c = r % header.size();
                open.get(r).set(c, "\"" + open.get(r).get(c).replace("\"", ""));
                cases.add(new Case(
                        "quote never closed",
                        file + " line " + (r + 1),
                        with(file, text(open)),
                        new Expect(file, ANY_LINE, null)));
            }
            for (String column : header) {
                var rows = copy(table);
                rows.get(0).add(column.toUpperCase(java.util.Locale.ROOT));
                for (int r = 1; r < rows.size(); r++) {
                    rows.get(r).add(rows.get(r).get(header.indexOf(column)));
                }
                cases.add(new Case(
                        "column named twice",
                        file + " " + column,
                        with(file, text(rows)),
                        new Expect(file, 1, column)));
            }
            String full = text(table);
            int quote = full.indexOf('"', full.indexOf('\n'));
            if (quote > 0) {
                for (int cut = quote + 1; cut < full.indexOf('"', quote + 1); cut += 3) {
                    cases.add(new Case(
                            "truncated in a quote",
                            file + " at " + cut,
                            with(file, full.substring(0, cut)),
                            new Expect(file, 2, null)));
                }
            }
            cases.add(new Case("empty", file, with(file, ""), new Expect(file, ANY_LINE, null)));
            cases.add(new Case("header only, no comma", file, with(file, "id name\n"), new Expect(file, 1, null)));
        });
        return cases;
    }

    /** Windows-1252, UTF-16 with and without byte-order mark, UTF-32, stray bytes that are not UTF-8. */
    static List<Case> encodings() {
        var cases = new ArrayList<Case>();
        byte[][] strays = {
            {(byte) 0xFF},
            {(byte) 0xC3},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0x80}
        };
        tables().forEach((file, table) -> {
            String text = text(table);
            long firstAccent = text.substring(0, firstNonAscii(text)).lines().count();
            cases.add(new Case(
                    "Windows-1252",
                    file,
                    with(file, text.getBytes(MalformedDatasets.WINDOWS_1252)),
                    new Expect(file, firstAccent, null)));
            cases.add(new Case(
                    "ISO-8859-1",
                    file,
                    with(file, text.getBytes(StandardCharsets.ISO_8859_1)),
                    new Expect(file, firstAccent, null)));
            cases.add(new Case(
                    "UTF-16 with BOM",
                    file,
                    with(file, text.getBytes(StandardCharsets.UTF_16)),
                    new Expect(file, ANY_LINE, null)));
            cases.add(new Case("UTF-16LE with BOM", file, with(file, bom16le(text)), new Expect(file, ANY_LINE, null)));
            cases.add(new Case(
                    "UTF-16LE", file, with(file, text.getBytes(StandardCharsets.UTF_16LE)), new Expect(file, 1, null)));
            cases.add(new Case(
                    "UTF-16BE", file, with(file, text.getBytes(StandardCharsets.UTF_16BE)), new Expect(file, 1, null)));
            cases.add(new Case(
                    "UTF-32",
                    file,
                    with(file, text.getBytes(java.nio.charset.Charset.forName("UTF-32"))),
                    new Expect(file, 1, null)));
            for (int r = 0; r < table.size(); r++) {
                for (byte[] stray : strays) {
                    var rows = copy(table);
                    int c = (r + stray.length) % rows.get(r).size();
                    byte[] bytes = utf8(text(rows)
                            .replaceFirst("(?s)^((?:[^\n]*\n){" + r + "}(?:[^\n,]*,){" + c + "})", "$1\u0001"));
                    byte[] mutated = replace(bytes, (byte) 1, stray);
                    cases.add(new Case(
                            "not UTF-8",
                            file + " line " + (r + 1) + " byte " + String.format("%02X", stray[0]),
                            with(file, mutated),
                            new Expect(file, r + 1, null)));
                }
            }
        });
        return cases;
    }

    private static int firstNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return i;
            }
        }
        throw new IllegalArgumentException("no accent in the text");
    }

    private static byte[] bom16le(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    private static byte[] replace(byte[] bytes, byte marker, byte[] with) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b == marker) {
                out.writeBytes(with);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Cells, labels, lines and files beyond the limits of {@link ReadLimits#DEFAULT}. */
    static List<Case> limits() {
        var cases = new ArrayList<Case>();
        int cell = ReadLimits.DEFAULT.maxCellChars();
        int label = ReadLimits.DEFAULT.maxLabelChars();
        tables().forEach((file, table) -> {
            List<String> header = table.get(0);
            for (int c = 0; c < header.size(); c++) {
                var rows = copy(table);
                rows.get(2).set(c, "x".repeat(cell + 1));
                cases.add(new Case(
                        "cell too long",
                        file + " column " + header.get(c),
                        with(file, text(rows)),
                        new Expect(file, 3, header.get(c))));
            }
            var huge = copy(table);
            huge.get(1).set(1, "\"" + "y\n".repeat(5_000_000) + "\"");
            cases.add(new Case(
                    "10 MB cell over 5 million lines",
                    file,
                    with(file, text(huge)),
                    new Expect(file, 2, header.get(1))));
            var wide = copy(table);
            wide.get(1).addAll(java.util.Collections.nCopies(200_000, ""));
            cases.add(new Case("200,000 cells on a line", file, with(file, text(wide)), new Expect(file, 2, null)));
            cases.add(new Case(
                    "file beyond 200 MB",
                    file,
                    sparse(file, ReadLimits.DEFAULT.maxFileBytes() + 1),
                    new Expect(file, 0, null)));
        });
        for (int length : new int[] {label + 1, 10 * label, 1_000_000, 2_000_000}) {
            var rows = copy(FLOWS);
            rows.get(2).set(3, "bois".repeat(length / 4 + 1));
            cases.add(new Case(
                    "label too long",
                    length + " characters",
                    with("flows.csv", text(rows)),
                    new Expect("flows.csv", 3, "label")));
        }
        var many = new StringBuilder(text(FLOWS));
        for (int i = 0; i < 3_000; i++) {
            many.append("g").append(i).append(",a9,out,sciure,waste,,1,t,,,,,,\n");
        }
        cases.add(new Case(
                "3,000 errors",
                "flows.csv",
                with("flows.csv", many.toString()),
                new Expect("flows.csv", 6, "actor_id")));
        return cases;
    }

    /** A file that states a size beyond the limit without taking the disk space (a sparse file). */
    static Layout sparse(String file, long size) {
        return dir -> {
            folder(text(ACTORS), text(FLOWS)).write(dir);
            try (var raf = new RandomAccessFile(dir.resolve(file).toFile(), "rw")) {
                raf.setLength(size);
            }
            return dir;
        };
    }

    static Random random(long seed) {
        return new Random(seed);
    }

    static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }
}
