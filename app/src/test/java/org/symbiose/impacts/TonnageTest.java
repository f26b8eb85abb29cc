package org.symbiose.impacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** TONNES_VALORISED adds masses per year through the engine's units; other dimensions add nothing. */
class TonnageTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            16000, TONNE,        YEAR,  16000
            35.9,  KILOTONNE,    YEAR,  35900
            1500,  KILOGRAM,     YEAR,  1.5
            2,     TONNE,        MONTH, 24
            40,    TONNE,        ONCE,  40
            3500,  CUBIC_METRE,  YEAR,  0
            12,    MEGAWATT_HOUR, YEAR, 0
            400,   PALLET,       YEAR,  0
            """)
    void countsMassesPerYearInTonnes(String value, Unit unit, Period period, String tonnes) {
        assertThat(Tonnage.perYear(new BigDecimal(value), unit, period)).isEqualByComparingTo(tonnes);
    }
}
