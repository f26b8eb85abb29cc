package org.symbiose.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            t          | TONNE
            tonnes     | TONNE
            Tonne      | TONNE
            kg         | KILOGRAM
            kt         | KILOTONNE
            kilotonnes | KILOTONNE
            KG         | KILOGRAM
            m3         | CUBIC_METRE
            m³         | CUBIC_METRE
            mètres cubes | CUBIC_METRE
            L          | LITRE
            l          | LITRE
            litres     | LITRE
            kWh        | KILOWATT_HOUR
            MWh        | MEGAWATT_HOUR
            GJ         | GIGAJOULE
            unit       | UNIT
            unité      | UNIT
            unités     | UNIT
            pallet     | PALLET
            palettes   | PALLET
            m2         | SQUARE_METRE
            m²         | SQUARE_METRE
            ha         | HECTARE
            h          | HOUR
            heures     | HOUR
            €          | EURO
            EUR        | EURO
            ' kg '     | KILOGRAM
            """)
    void parsesUnitsAsPeopleWriteThem(String text, Unit unit) {
        assertThat(Unit.parse(text)).isEqualTo(unit);
    }

    @ParameterizedTest
    @EnumSource(Unit.class)
    void parsesItsOwnSymbol(Unit unit) {
        assertThat(Unit.parse(unit.symbol())).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tons", "kgs/an", "", "m4", "barrels"})
    void refusesUnknownUnitsNamingTheText(String text) {
        assertThatThrownBy(() -> Unit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("kg");
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void referenceUnitsHaveFactorOne(Dimension dimension) {
        assertThat(dimension.referenceUnit().dimension()).isEqualTo(dimension);
        assertThat(dimension.referenceUnit().factorToReference()).isEqualTo(1.0);
    }
}
