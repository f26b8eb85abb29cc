package org.symbiose.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        // No locale in the environment: French, the product's default, whatever the machine running the tests.
        var cli = SymbioseCommand.commandLine(Map.of(), null);
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
        assertThat(run.err()).contains("rapprochement des gisements\u00a0: ").contains("\u00a0candidat");
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
    void refusesABadDatasetNamingFileLineAndColumnInFrench(@TempDir Path dir) throws Exception {
        Run run = run(
                "match",
                dataset(dir, ACTORS, FLOWS + "f3,a9,out,sciure,waste,,dix,t\n").toString(),
                "--lang",
                "fr");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .contains(
                        "flows.csv, ligne 4, colonne «\u00a0actor_id\u00a0»\u00a0: aucun acteur «\u00a0a9\u00a0» dans"
                                + " actors.csv",
                        "flows.csv, ligne 4, colonne «\u00a0quantity\u00a0»\u00a0: «\u00a0dix\u00a0» n’est pas un nombre",
                        "2\u00a0erreurs\u00a0: rien n’a été rapproché.");
    }

    @Test
    void refusesABadDatasetInEnglishWhenAsked(@TempDir Path dir) throws Exception {
        Run run = run(
                "match",
                dataset(dir, ACTORS, FLOWS + "f3,a9,out,sciure,waste,,dix,t\n").toString(),
                "--lang",
                "en");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .contains(
                        "flows.csv, line 4, column \"actor_id\": no actor 'a9' in actors.csv",
                        "flows.csv, line 4, column \"quantity\": 'dix' is not a number",
                        "2 errors: nothing was matched.");
    }

    @Test
    void speaksFrenchUnlessTheOptionOrTheEnvironmentSaysEnglish() {
        assertThat(Language.resolve(null, Map.of(), null)).isEqualTo(Language.fr);
        assertThat(Language.resolve(null, Map.of("LANG", "C.UTF-8"), "en")).isEqualTo(Language.fr);
        assertThat(Language.resolve(null, Map.of("LANG", "fr_FR.UTF-8"), "en")).isEqualTo(Language.fr);
        assertThat(Language.resolve(null, Map.of("LANG", "en_GB.UTF-8"), "fr")).isEqualTo(Language.en);
        assertThat(Language.resolve(null, Map.of("LC_ALL", "en_US.UTF-8", "LANG", "fr_FR.UTF-8"), null))
                .isEqualTo(Language.en);
        assertThat(Language.resolve(null, Map.of("LC_ALL", "", "LANG", "fr_FR.UTF-8"), "en"))
                .isEqualTo(Language.fr);
        assertThat(Language.resolve(null, Map.of(), "en")).isEqualTo(Language.en);
        assertThat(Language.resolve(Language.fr, Map.of("LANG", "en_US.UTF-8"), "en"))
                .isEqualTo(Language.fr);
        assertThat(Language.resolve(Language.en, Map.of("LANG", "fr_FR.UTF-8"), "fr"))
                .isEqualTo(Language.en);
    }

    @Test
    void saysInItsHelpHowTheLanguageIsChosen() {
        Run run = run("match", "--help");

        assertThat(run.out()).contains("--lang").contains("fr, en").contains("LC_ALL");
    }

    @Test
    void refusesBadOptionsWithUsage(@TempDir Path dir) throws Exception {
        Path data = dataset(dir, ACTORS, FLOWS);
        assertThat(run("match", data.toString(), "--top", "0").exit()).isEqualTo(2);
        assertThat(run("match", data.toString(), "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("match", data.toString(), "--lang", "de").exit()).isEqualTo(2);
        assertThat(run("match", dir.resolve("missing").toString(), "--lang", "en")
                        .err())
                .contains("no such dataset");
        assertThat(run("match", dir.resolve("missing").toString(), "--lang", "fr")
                        .err())
                .contains("aucun jeu de données à cet emplacement\u00a0: ");
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
        assertThat(run.err()).contains("écriture des candidats\u00a0: ");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed))) {
            String unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(unzipped).contains("fly-ash-to-cement").isEqualTo(Files.readString(plain));
        }
    }
}
