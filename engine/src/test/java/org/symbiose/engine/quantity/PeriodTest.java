package org.symbiose.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            year       | YEAR
            an         | YEAR
            /an        | YEAR
            Année      | YEAR
            annee      | YEAR
            per year   | YEAR
            month      | MONTH
            mois       | MONTH
            par mois   | MONTH
            week       | WEEK
            semaine    | WEEK
            day        | DAY
            jour       | DAY
            once       | ONCE
            une fois   | ONCE
            ponctuel   | ONCE
            """)
    void parsesPeriodsInEnglishAndFrench(String text, Period period) {
        assertThat(Period.parse(text)).isEqualTo(period);
    }

    @Test
    void refusesUnknownPeriodsNamingTheText() {
        assertThatThrownBy(() -> Period.parse("fortnight"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fortnight'");
    }

    @Test
    void countsPeriodsPerYear() {
        assertThat(Period.YEAR.perYearFactor()).isEqualTo(1);
        assertThat(Period.MONTH.perYearFactor()).isEqualTo(12);
        assertThat(Period.WEEK.perYearFactor()).isEqualTo(52);
        assertThat(Period.DAY.perYearFactor()).isEqualTo(365);
        assertThat(Period.ONCE.perYearFactor()).isEqualTo(1);
    }

    @Test
    void onlyAOneOffLotIsNotRecurring() {
        assertThat(Period.ONCE.isRecurring()).isFalse();
        assertThat(Period.MONTH.isRecurring()).isTrue();
        assertThat(Period.defaultPeriod()).isEqualTo(Period.YEAR);
    }
}
