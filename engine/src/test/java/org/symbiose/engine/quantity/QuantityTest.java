package org.symbiose.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @Test
    void convertsWithinADimension() {
        assertThat(Quantity.of(1500, Unit.KILOGRAM).to(Unit.TONNE)).isEqualTo(Quantity.of(1.5, Unit.TONNE));
        assertThat(Quantity.of(16, Unit.KILOTONNE).to(Unit.TONNE)).isEqualTo(Quantity.of(16_000, Unit.TONNE));
        assertThat(Quantity.of(1000, Unit.LITRE).to(Unit.CUBIC_METRE).value()).isCloseTo(1, within(1e-12));
        assertThat(Quantity.of(3.6, Unit.GIGAJOULE).to(Unit.MEGAWATT_HOUR).value())
                .isCloseTo(1, within(1e-12));
        assertThat(Quantity.of(2, Unit.MEGAWATT_HOUR).to(Unit.KILOWATT_HOUR).value())
                .isCloseTo(2000, within(1e-9));
        assertThat(Quantity.of(1, Unit.HECTARE).to(Unit.SQUARE_METRE).value()).isEqualTo(10_000);
        assertThat(Quantity.of(12, Unit.PALLET).to(Unit.UNIT)).isEqualTo(Quantity.of(12, Unit.UNIT));
    }

    @Test
    void refusesToConvertAcrossDimensions() {
        assertThatThrownBy(() -> Quantity.of(12.5, Unit.TONNE).to(Unit.CUBIC_METRE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12.5 t")
                .hasMessageContaining("m3")
                .hasMessageContaining("mass")
                .hasMessageContaining("volume");
    }

    @Test
    void addsInTheUnitOfTheFirstQuantity() {
        assertThat(Quantity.of(2, Unit.TONNE).plus(Quantity.of(500, Unit.KILOGRAM)))
                .isEqualTo(Quantity.of(2.5, Unit.TONNE));
        assertThatThrownBy(() -> Quantity.of(2, Unit.TONNE).plus(Quantity.of(1, Unit.MEGAWATT_HOUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot add");
    }

    @Test
    void convertsToTheReferenceUnit() {
        assertThat(Quantity.of(250, Unit.KILOGRAM).toReferenceUnit()).isEqualTo(Quantity.of(0.25, Unit.TONNE));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesNegativeOrNonFiniteValues(double value) {
        assertThatThrownBy(() -> Quantity.of(value, Unit.TONNE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsZero() {
        assertThat(Quantity.of(-0.0, Unit.TONNE).isZero()).isTrue();
        assertThat(Quantity.of(-0.0, Unit.TONNE)).hasToString("0.0 t");
    }

    @Test
    void declaresAFlowPerPeriodAndComparesItPerYear() {
        assertThat(QuantityPerPeriod.of(3, Unit.TONNE, Period.MONTH).perYear()).isEqualTo(Quantity.of(36, Unit.TONNE));
        assertThat(QuantityPerPeriod.of(200, Unit.PALLET, Period.WEEK).perYear())
                .isEqualTo(Quantity.of(10_400, Unit.PALLET));
        assertThat(QuantityPerPeriod.of(40, Unit.TONNE, Period.ONCE).perYear()).isEqualTo(Quantity.of(40, Unit.TONNE));
        assertThat(QuantityPerPeriod.perYear(12, Unit.TONNE).period()).isEqualTo(Period.YEAR);
    }
}
