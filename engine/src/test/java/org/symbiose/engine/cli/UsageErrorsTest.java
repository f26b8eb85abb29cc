package org.symbiose.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors of {@code symbiose match} and {@code generate} as a user meets them: in French unless
 * English is asked ({@code --lang en}, or the environment's locale), naming the option, pointing to
 * {@code --help}, exit code 2 and no stack trace.
 */
class UsageErrorsTest {

    record Run(int exit, String out, String err) {}

    static Run run(Map<String, String> environment, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = SymbioseCommand.commandLine(environment, null);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        var run = new Run(exit, out.toString(), err.toString());
        assertThat(run.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    static Run french(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void aValueThatIsNotANumberNamesTheOptionInFrench(@TempDir Path dir) {
        Run run = french("match", dir.toString(), "--top", "beaucoup");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "symbiose match\u00a0: valeur invalide pour «\u00a0--top\u00a0»\u00a0: «\u00a0beaucoup\u00a0»"
                                + " n’est pas un nombre entier")
                .contains("Les options sont décrites par «\u00a0symbiose match --help\u00a0».");
    }

    @Test
    void aValueOutsideTheChoicesListsThem(@TempDir Path dir) {
        Run run = french("match", dir.toString(), "--format", "xml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("«\u00a0--format\u00a0»\u00a0: «\u00a0xml\u00a0»\u00a0; valeurs possibles\u00a0: json, csv");
    }

    @Test
    void anUnknownOptionAndAMissingOneAreNamed(@TempDir Path dir) {
        Run unknown = french("match", dir.toString(), "--topp", "3");
        Run missing = french("generate", "--out", dir.resolve("t").toString());
        Run noCommand = french();

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("option inconnue\u00a0: «\u00a0--topp\u00a0»");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .startsWith(
                        "symbiose generate\u00a0: il manque l’option ou le paramètre obligatoire «\u00a0--actors\u00a0»");
        assertThat(noCommand.exit()).isEqualTo(2);
        assertThat(noCommand.err()).contains("une commande est attendue\u00a0: match ou generate");
    }

    @Test
    void theCommandsOwnChecksSpeakTheSameLanguage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        Run top = french("match", dir.toString(), "--top", "0");
        Run actors =
                french("generate", "--actors", "0", "--out", dir.resolve("t").toString());
        Run out =
                french("generate", "--actors", "10", "--out", file.resolve("t").toString());

        assertThat(top.exit()).isEqualTo(2);
        assertThat(top.err()).contains("«\u00a0--top\u00a0» doit valoir au moins 1\u00a0; reçu 0");
        assertThat(actors.err())
                .contains("«\u00a0--actors\u00a0» doit être compris entre 1 et 10\u202f000\u202f000\u00a0; reçu 0");
        assertThat(out.exit()).isEqualTo(2);
        assertThat(out.err()).contains("«\u00a0--out\u00a0»").contains(file + " est un fichier, pas un dossier");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void inEnglishWhenAskedByOptionOrByTheEnvironment(@TempDir Path dir) {
        Run option = french("match", dir.toString(), "--top", "x", "--lang", "en");
        Run equals = french("match", dir.toString(), "--lang=en", "--format", "xml");
        Run environment = run(Map.of("LANG", "en_GB.UTF-8"), "generate", "--actors", "0", "--out", dir.toString());
        Run overridden = run(Map.of("LANG", "en_GB.UTF-8"), "match", dir.toString(), "--top", "0", "--lang", "fr");

        assertThat(option.err())
                .startsWith("symbiose match: invalid value for '--top': 'x' is not a whole number")
                .contains("See 'symbiose match --help' for the options.");
        assertThat(equals.err()).contains("invalid value for '--format': 'xml'; expected one of json, csv");
        assertThat(environment.exit()).isEqualTo(2);
        assertThat(environment.err()).contains("'--actors' must be between 1 and 10,000,000, was 0");
        assertThat(overridden.err()).contains("«\u00a0--top\u00a0» doit valoir au moins 1");
    }

    @Test
    void progressAndSummaryFollowTheLanguage(@TempDir Path dir) throws Exception {
        Path territory = dir.resolve("t");
        Run generated = french("generate", "--actors", "3", "--seed", "4", "--out", territory.toString());
        Run french = french(
                "match", territory.toString(), "--out", dir.resolve("c.json").toString());
        Run english = french(
                "match",
                territory.toString(),
                "--lang",
                "en",
                "--out",
                dir.resolve("e.json").toString());

        assertThat(generated.out()).containsPattern("^3\u00a0entreprises et \\d+\u00a0flux écrits dans ");
        assertThat(french.exit()).isZero();
        assertThat(french.err())
                .contains("] lecture de actors.csv (ko)\u00a0: ")
                .contains("] rapprochement des gisements\u00a0: ")
                .containsPattern(
                        "\\d+\u00a0candidats? \\(\\d+\u00a0substitutions?, \\d+\u00a0mutualisations?\\)\u00a0; ")
                .doesNotContain("matching supplies");
        assertThat(english.err())
                .contains("] reading actors.csv (kB): ")
                .contains("] matching supplies: ")
                .containsPattern("flows? not understood\\.");
    }
}
