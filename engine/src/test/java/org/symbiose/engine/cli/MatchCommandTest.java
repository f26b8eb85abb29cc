package org.symbiose.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code symbiose match} as a user runs it: the contract's JSON, CSV, clear errors and exit codes. */
class MatchCommandTest {

    static final String ACTORS = """
            id,name,naf,commune
            a1,Centrale thermique,35.11Z,Fos-sur-Mer
            a2,Cimenterie du Golfe,23.51Z,Fos-sur-Mer
            a3,Imprimerie,18.12Z,Fos-sur-Mer
            """;
    static final String FLOWS = """
            id,actor_id,direction,label,category,ewc,quantity,unit
            f1,a1,out,cendres volantes,waste,10 01 02,40000,t
            f2,a2,in,Raw material for cement production,material,,100000,t
            """;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = SymbioseCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Path dataset(Path dir, String actors, String flows) throws Exception {
        Files.writeString(dir.resolve("actors.csv"), actors);
        Files.writeString(dir.resolve("flows.csv"), flows);
        return dir;
    }

    @Test
    void writesTheContractsJsonWithReasonsAndProgress(@TempDir Path dir) throws Exception {
        Run run = run("match", dataset(dir, ACTORS, FLOWS).toString(), "--top", "2");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("{\"candidates\": [")
                .contains("\"kind\": \"SUBSTITUTION\"")
                .contains("\"supply\": {\"flow\": \"f1\", \"actor\": \"a1\"}")
                .contains("\"demand\": {\"flow\": \"f2\", \"actor\": \"a2\"}")
                .contains("\"pathway\": {\"id\": \"fly-ash-to-cement")
                .contains("\"reasons_fr\"")
                .contains("\"reasons_en\"");
        assertThat(run.err()).contains("matching supplies").contains("candidates");
    }

    @Test
    void writesCsvToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("candidates.csv");
        Run run = run("match", dataset(dir, ACTORS, FLOWS).toString(), "--format", "csv", "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.readAllLines(out).get(0)).startsWith("rank,kind,score,supply_flow");
        assertThat(Files.readString(out)).contains("SUBSTITUTION").contains("fly-ash-to-cement");
    }

    @Test
    void refusesABadDatasetNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Run run = run(
                "match",
                dataset(dir, ACTORS, FLOWS + "f3,a9,out,sciure,waste,,dix,t\n").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("flows.csv, line 4, column actor_id")
                .contains("flows.csv, line 4, column quantity")
                .contains("nothing was matched");
    }

    @Test
    void refusesBadOptionsWithUsage(@TempDir Path dir) throws Exception {
        Path data = dataset(dir, ACTORS, FLOWS);
        assertThat(run("match", data.toString(), "--top", "0").exit()).isEqualTo(2);
        assertThat(run("match", data.toString(), "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("match", dir.resolve("missing").toString()).err()).contains("no such dataset");
    }

    @Test
    void writesReasonsInTheLanguageAskedOnly(@TempDir Path dir) throws Exception {
        Path data = dataset(dir, ACTORS, FLOWS);

        Run french = run("match", data.toString(), "--lang", "fr");
        Run english = run("match", data.toString(), "--lang", "en");

        assertThat(french.exit()).isZero();
        assertThat(french.out()).contains("\"reasons_fr\": [\"").doesNotContain("reasons_en");
        assertThat(english.out()).contains("\"reasons_en\": [\"").doesNotContain("reasons_fr");
        assertThat(run("match", data.toString(), "--lang", "de").exit()).isEqualTo(2);
    }

    @Test
    void compressesTheFileWhenItsNameEndsInGz(@TempDir Path dir) throws Exception {
        Path data = dataset(dir, ACTORS, FLOWS);
        Path plain = dir.resolve("candidates.json");
        Path compressed = dir.resolve("candidates.json.gz");

        Run run = run("match", data.toString(), "--out", compressed.toString());
        run("match", data.toString(), "--out", plain.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("writing candidates");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed))) {
            String unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(unzipped).contains("fly-ash-to-cement").isEqualTo(Files.readString(plain));
        }
    }
}
