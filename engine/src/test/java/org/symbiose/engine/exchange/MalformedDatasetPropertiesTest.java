package org.symbiose.engine.exchange;

import static org.symbiose.engine.exchange.MalformedDatasets.ACTORS;
import static org.symbiose.engine.exchange.MalformedDatasets.ANY_LINE;
import static org.symbiose.engine.exchange.MalformedDatasets.FLOWS;
import static org.symbiose.engine.exchange.MalformedDatasets.copy;
import static org.symbiose.engine.exchange.MalformedDatasets.file;
import static org.symbiose.engine.exchange.MalformedDatasets.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.symbiose.engine.exchange.MalformedDatasets.Case;
import org.symbiose.engine.exchange.MalformedDatasets.Expect;

/**
 * Random damage to the valid dataset of the corpus, each kind sure to make it invalid: a cell dropped from
 * or added to a row, a quote opened and never closed, a file saved in another encoding, a zip cut short, a header cell removed. The
 * same promise as the corpus holds: refused with the file named, within 10 s, no other exception.
 */
class MalformedDatasetPropertiesTest {

    @BeforeContainer
    static void folder() throws IOException {
        MalformedDatasetCorpusTest.root = Files.createTempDirectory("malformed-properties");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.walk(MalformedDatasetCorpusTest.root)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 100, seed = "20261207")
    void randomDamageIsAlwaysRefusedNamingTheFile(@ForAll("damaged") Case damaged) throws IOException {
        MalformedDatasetCorpusTest.assertRefused(damaged);
    }

    @Provide
    Arbitrary<Case> damaged() {
        Arbitrary<Boolean> actors = Arbitraries.of(true, false);
        Arbitrary<Integer> row = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> cell = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 0.999).ofScale(3);
        return Combinators.combine(actors, row, cell, kind, where).as(MalformedDatasetPropertiesTest::damage);
    }

    private static Case damage(boolean inActors, int row, int cell, int kind, double where) {
        String file = inActors ? "actors.csv" : "flows.csv";
        List<List<String>> table = copy(inActors ? ACTORS : FLOWS);
        List<String> cells = table.get(row);
        int c = cell % cells.size();
        return switch (kind) {
            case 0 -> {
                cells.remove(c);
                yield csv("cell dropped", file, table, new Expect(file, row + 1, null));
            }
            case 1 -> {
                cells.add(c, cells.get(c));
                yield csv("cell duplicated", file, table, new Expect(file, row + 1, null));
            }
            case 2 -> {
                cells.set(c, "\"" + cells.get(c).replace("\"", "") + (where < 0.5 ? "" : "\"\""));
                yield csv("quote never closed", file, table, new Expect(file, ANY_LINE, null));
            }
            case 3 -> {
                var charset = where < 0.5 ? MalformedDatasets.WINDOWS_1252 : StandardCharsets.UTF_16LE;
                yield new Case(
                        "saved as " + charset,
                        file,
                        MalformedDatasetCorpusTest.with(file, text(table).getBytes(charset)),
                        new Expect(file, ANY_LINE, null));
            }
            case 4 -> {
                byte[] zip = zip();
                int length = (int) (zip.length * where);
                yield new Case(
                        "zip cut short",
                        length + " bytes",
                        file("d.zip", java.util.Arrays.copyOf(zip, length)),
                        new Expect("d.zip", 0, null));
            }
            default -> {
                table.get(0).remove(c);
                yield csv("header cell removed", file, table, new Expect(file, 2, null));
            }
        };
    }

    private static Case csv(String kind, String file, List<List<String>> table, Expect expect) {
        return csv(kind, file, text(table), expect);
    }

    private static Case csv(String kind, String file, String text, Expect expect) {
        return new Case(kind, file, MalformedDatasetCorpusTest.with(file, text), expect);
    }

    private static byte[] zip() {
        try {
            return MalformedDatasets.validZip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
