package org.symbiose.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.engine.cli.SymbioseCommand;
import org.symbiose.engine.exchange.ExchangeReader;

class GenerateCommandTest {

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** {@code symbiose generate ARGS --lang en} (the French messages are held by the command line's tests). */
    int run(String... args) {
        return SymbioseCommand.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(Stream.concat(Stream.concat(Stream.of("generate"), Stream.of(args)), Stream.of("--lang", "en"))
                        .toArray(String[]::new));
    }

    @Test
    void writesATerritoryThatReadsBack() throws Exception {
        Path folder = temp.resolve("territory");

        int code = run("--actors", "50", "--seed", "9", "--out", folder.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("50 actors");
        assertThat(new ExchangeReader().read(folder).actors()).hasSize(50);
    }

    @Test
    void refusesZeroActorsNamingTheOptionAndWritesNothing() throws Exception {
        Path folder = temp.resolve("territory");

        int code = run("--actors", "0", "--out", folder.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--actors").contains("was 0");
        assertThat(Files.exists(folder)).isFalse();
    }

    @Test
    void refusesAnOutThatIsAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");

        int code = run("--actors", "10", "--out", file.resolve("territory").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out").contains("is a file");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void refusesASupplyShareOutsideZeroToOne() {
        int code = run(
                "--actors",
                "10",
                "--supply-share",
                "1.5",
                "--out",
                temp.resolve("t").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--supply-share");
        assertThat(Files.exists(temp.resolve("t"))).isFalse();
    }

    @Test
    void refusesAMissingActorsOption() {
        int code = run("--out", temp.resolve("t").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--actors");
    }
}
