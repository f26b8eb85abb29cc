package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/**
 * The reader remembers what it parsed for each distinct text (units, codes, dates, communes, numbers): these
 * tests check that a remembered text gives every row its own value and its own errors, on its own line.
 */
class ExchangeReaderCachingTest {

    static final String ACTORS = """
            id,name,siret,naf,activity,employees,lat,lon,commune,zone,member
            a1,Un,,16.23Z,,12,,,Ollioules,,true
            a2,Deux,,99.99Z,,12,,,Atlantis,,oui
            a3,Trois,,16.23Z,,douze,,,Ollioules,,non
            a4,Quatre,,99.99Z,,12,,,Atlantis,,vrai
            """;
    static final String FLOWS_HEADER =
            "id,actor_id,direction,label,category,ewc,quantity,unit,period,temperature_c,hazardous,available_from,available_to,notes\n";

    final ExchangeReader reader = new ExchangeReader();

    List<String> errors(String actors, String flows) {
        DatasetException failure = catchThrowableOfType(
                DatasetException.class, () -> reader.read(new StringReader(actors), new StringReader(flows)));
        assertThat(failure).isNotNull();
        return failure.errors().stream()
                .map(e -> e.line() + " " + e.column() + " " + e.code())
                .toList();
    }

    @Test
    void reportsARepeatedBadTextOnEachOfItsLines() {
        String flows = FLOWS_HEADER
                + "f1,a1,out,sciure,waste,99 99 99,beaucoup,tonneaux,jamais,,peut-être,2026-02-30,,\n"
                + "f2,a1,out,sciure,waste,03 01 05,12,t,year,,,2026-01-01,,\n"
                + "f3,a1,out,sciure,waste,99 99 99,beaucoup,tonneaux,jamais,,peut-être,2026-02-30,,\n";

        List<String> errors = errors(ACTORS, flows);

        assertThat(errors)
                .containsExactly(
                        "3 naf unknown-naf",
                        "3 commune unknown-commune",
                        "4 employees not-a-number",
                        "5 naf unknown-naf",
                        "5 commune unknown-commune",
                        "2 hazardous not-a-boolean",
                        "2 ewc unknown-ewc",
                        "2 quantity not-a-number",
                        "2 unit unknown-unit",
                        "2 period unknown-period",
                        "2 available_from not-a-date",
                        "4 hazardous not-a-boolean",
                        "4 ewc unknown-ewc",
                        "4 quantity not-a-number",
                        "4 unit unknown-unit",
                        "4 period unknown-period",
                        "4 available_from not-a-date");
    }

    @Test
    void givesEachRowTheValueOfItsOwnText() throws Exception {
        String actors = ACTORS.lines()
                        .filter(line -> !line.contains("99.99Z") && !line.contains("douze"))
                        .collect(Collectors.joining("\n"))
                + "\n";
        String flows = FLOWS_HEADER
                + "f1,a1,out,sciure,waste,03 01 05,12,t,year,,,2026-01-01,,\n"
                + "f2,a1,out,sciure,waste,15 02 02*,\"1,5\",kg,month,,,2026-01-02,,\n"
                + "f3,a1,in,sciure,material,,12,t,year,,,2026-01-01,,\n"
                + "f4,a1,out,sciure,waste,03 01 05,\"1,5\",kg,month,,,2026-01-02,,\n";

        Dataset dataset = reader.read(new StringReader(actors), new StringReader(flows));

        assertThat(dataset.actors()).extracting(Actor::communeInsee).containsExactly("83090");
        List<FlowRecord> read = dataset.flows();
        assertThat(read).extracting(FlowRecord::quantity).containsExactly(12.0, 1.5, 12.0, 1.5);
        assertThat(read)
                .extracting(FlowRecord::unit)
                .containsExactly(Unit.TONNE, Unit.KILOGRAM, Unit.TONNE, Unit.KILOGRAM);
        assertThat(read)
                .extracting(FlowRecord::period)
                .containsExactly(Period.YEAR, Period.MONTH, Period.YEAR, Period.MONTH);
        assertThat(read).extracting(FlowRecord::ewc).containsExactly("030105", "150202", null, "030105");
        assertThat(read).extracting(FlowRecord::hazardous).containsExactly(false, true, null, false);
        assertThat(read)
                .extracting(FlowRecord::availableFrom)
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 2));
    }

    @Test
    void readsMoreDistinctTextsThanItRemembers() throws Exception {
        int count = Memo.LIMIT + 50;
        var flows = new StringBuilder(FLOWS_HEADER);
        for (int i = 0; i < count; i++) {
            flows.append("f")
                    .append(i)
                    .append(",a1,out,sciure,waste,,")
                    .append(i)
                    .append(".5,t,,,,,,\n");
        }
        Dataset dataset = reader.read(new StringReader("id,name\na1,Un\n"), new StringReader(flows.toString()));

        assertThat(dataset.flows()).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(dataset.flows().get(i).quantity()).isEqualTo(i + 0.5);
        }
    }

    @Test
    void memoComputesAgainPastItsLimit() {
        var calls = new ArrayList<String>();
        var memo = new Memo<String>(text -> {
            calls.add(text);
            return text + "!";
        });
        IntStream.range(0, Memo.LIMIT + 2)
                .forEach(i -> assertThat(memo.apply("t" + i)).isEqualTo("t" + i + "!"));
        assertThat(memo.apply("t0")).isEqualTo("t0!");
        assertThat(memo.apply("t" + (Memo.LIMIT + 1))).isEqualTo("t" + (Memo.LIMIT + 1) + "!");
        assertThat(calls).hasSize(Memo.LIMIT + 3);
    }

    @Test
    void treatsAHeaderCellWithoutNameAsExtraCellsOnEveryRow() {
        String flows = FLOWS_HEADER.replace(",notes", ",") + "f1,a1,out,sciure,waste,,12,t,,,,,,\n";
        assertThat(errors(
                        ACTORS.replace("99.99Z", "16.23Z")
                                .replace("Atlantis", "Ollioules")
                                .replace("douze", "12"),
                        flows))
                .containsExactly("1  unknown-column", "2 null extra-cells");
    }

    @Test
    void refusesAColumnNamedTwiceAndALineWithFewerCellsThanTheHeader() {
        assertThat(errors("id,name,name\na1,Premier,Second\n", FLOWS_HEADER))
                .containsExactly("1 name duplicate-column");
        assertThat(errors("id,name,siret\na1,Premier,\na2,Seul\n", FLOWS_HEADER))
                .containsExactly("3 siret missing-cells");
    }

    @Test
    void parsesNumbersAsTheFormatSays() {
        assertThat(Cells.parseDecimal(".5")).isEqualTo(0.5);
        assertThat(Cells.parseDecimal("5.")).isEqualTo(5.0);
        assertThat(Cells.parseDecimal("+1e3")).isEqualTo(1000.0);
        assertThat(Cells.parseDecimal("-2,5E-1")).isEqualTo(-0.25);
        assertThat(Cells.parseDecimal("1 234 567")).isEqualTo(1234567.0);
        for (String bad : List.of(
                ".",
                "",
                "+",
                "-",
                "1e",
                "e5",
                "1e+",
                "1e999",
                "0x10",
                "NaN",
                "Infinity",
                "\u0663",
                "1.2.3a",
                "1 e5x")) {
            assertThat(Cells.parseDecimal(bad)).as(bad).isNull();
        }
    }

    @Test
    void tellsHowMuchOfEachFileWasRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.csv"), "id,name\na1,Un\n");
        var flows = new StringBuilder(FLOWS_HEADER);
        for (int i = 0; i < 25_000; i++) {
            flows.append("f").append(i).append(",a1,out,sciure,waste,,12,t,,,,,,\n");
        }
        Files.writeString(dir.resolve("flows.csv"), flows);
        var reports = new ArrayList<String>();

        Dataset dataset = reader.read(dir, (stage, done, total) -> reports.add(stage + " " + done + "/" + total));

        long kb = (Files.size(dir.resolve("flows.csv")) + 1023) / 1024;
        assertThat(dataset.flows()).hasSize(25_000);
        assertThat(reports)
                .hasSize(4)
                .startsWith("reading actors.csv (kB) 1/1")
                .endsWith("reading flows.csv (kB) " + kb + "/" + kb);
        assertThat(reports.get(1)).startsWith("reading flows.csv (kB) ");
    }
}
