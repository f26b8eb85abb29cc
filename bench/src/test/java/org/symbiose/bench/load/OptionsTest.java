package org.symbiose.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load programs' command line: what is given is read, what is wrong is named before any load runs. */
class OptionsTest {

    static final List<String> NUMBERS = List.of("users", "duration", "seed");
    static final List<String> TEXTS = List.of("pid");

    static Options read(String... args) {
        return Options.read(args, NUMBERS, TEXTS);
    }

    @Test
    void givenOptionsAreReadAndTheOthersTakeTheirDefaults() {
        Options options = read("--base", "http://localhost:8091/", "--users", "200", "--pid", "4242");
        assertThat(options.base()).isEqualTo("http://localhost:8091");
        assertThat(options.count("users", 8)).isEqualTo(200);
        assertThat(options.count("duration", 120)).isEqualTo(120);
        assertThat(options.number("seed", 1)).isEqualTo(1);
        assertThat(options.textOrNull("pid")).isEqualTo("4242");
        assertThat(options.text("facilitator", "animation.adeto")).isEqualTo("animation.adeto");
    }

    @Test
    void nothingGivenIsTheDefaultLoadOnTheLocalApplication() {
        Options options = read();
        assertThat(options.base()).isEqualTo("http://localhost:8080");
        assertThat(options.textOrNull("pid")).isNull();
    }

    @Test
    void aMisspeltOptionIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> read("--user", "200"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option --user;")
                .hasMessageContaining("--users");
    }

    @Test
    void aValueThatIsNotAWholeNumberIsNamedWithItsOption() {
        assertThatThrownBy(() -> read("--duration", "2m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option --duration: '2m' is not a whole number");
        assertThatThrownBy(() -> read("--users", "-4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option --users: '-4' is negative");
    }

    @Test
    void aMissingValueARepeatedOptionAndAStrayWordAreNamed() {
        assertThatThrownBy(() -> read("--users", "4", "--seed")).hasMessage("option --seed needs a value");
        assertThatThrownBy(() -> read("--users", "--seed", "3")).hasMessage("option --users needs a value");
        assertThatThrownBy(() -> read("--seed", "3", "--seed", "4")).hasMessage("option --seed is given twice");
        assertThatThrownBy(() -> read("users", "4")).hasMessageContaining("got 'users'");
    }
}
