package org.symbiose.engine.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbiose.engine.actor.InvalidSiretException.Reason;

class SiretTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"73282932000074", "732 829 320 00074", " 73282932000074 ", "732\u00a0829\u00a0320\u00a000074"})
    void acceptsAValidSiretWithOrWithoutSpaces(String text) {
        Siret siret = Siret.parse(text);
        assertThat(siret.value()).isEqualTo("73282932000074");
        assertThat(siret).isEqualTo(new Siret("73282932000074"));
        assertThat(Siret.isValid(text)).isTrue();
    }

    @Test
    void givesTheSirenAndThePrintedForm() {
        Siret siret = Siret.parse("73282932000074");
        assertThat(siret.siren()).isEqualTo("732829320");
        assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
        assertThat(siret).hasToString("73282932000074");
    }

    @ParameterizedTest
    @CsvSource({
        "73282932000075, BAD_CHECK_DIGIT",
        "10300000049837, BAD_CHECK_DIGIT",
        "7328293200007, WRONG_LENGTH",
        "732829320000741, WRONG_LENGTH",
        "'', WRONG_LENGTH",
        "7328293200007A, NOT_DIGITS",
        "732-829-320-00074, NOT_DIGITS"
    })
    void refusesAnInvalidSiretWithTheReason(String text, Reason reason) {
        assertThatThrownBy(() -> Siret.parse(text))
                .isInstanceOfSatisfying(InvalidSiretException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.input()).isEqualTo(text);
                    assertThat(e).hasMessageContaining("'" + text + "'");
                })
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Siret.isValid(text)).isFalse();
    }

    @Test
    void acceptsLaPosteEstablishmentsByTheirOwnRule() {
        assertThat(Siret.isValid("35600000000048")).isTrue();
        assertThat(Siret.isValid("35600000049837")).isTrue();
        assertThat(Siret.isValid("35600000049838")).isFalse();
    }

    @Test
    void isNotValidForNull() {
        assertThat(Siret.isValid(null)).isFalse();
    }
}
