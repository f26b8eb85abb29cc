package org.symbiose.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class QuantityPropertiesTest {

    record UnitPair(Unit from, Unit to) {}

    @Provide
    Arbitrary<UnitPair> sameDimension() {
        return Combinators.combine(Arbitraries.of(Unit.class), Arbitraries.of(Unit.class))
                .filter((from, to) -> from.dimension() == to.dimension())
                .as(UnitPair::new);
    }

    @Property
    void convertingThereAndBackGivesTheOriginal(
            @ForAll @DoubleRange(min = 0, max = 1e12) double value, @ForAll("sameDimension") UnitPair units) {
        Quantity original = Quantity.of(value, units.from());
        Quantity back = original.to(units.to()).to(units.from());
        assertThat(back.unit()).isEqualTo(original.unit());
        assertThat(back.value()).isCloseTo(value, offset(Math.max(value * 1e-9, 1e-300)));
    }

    @Property
    void sumsDoNotDependOnTheUnitTheyAreAddedIn(
            @ForAll @DoubleRange(min = 0, max = 1e9) double a,
            @ForAll @DoubleRange(min = 0, max = 1e9) double b,
            @ForAll("sameDimension") UnitPair units) {
        Quantity first = Quantity.of(a, units.from());
        Quantity second = Quantity.of(b, units.to());
        double inFirst = first.plus(second).toReferenceUnit().value();
        double inSecond = second.plus(first).toReferenceUnit().value();
        assertThat(inFirst).isCloseTo(inSecond, offset(Math.max(inFirst * 1e-9, 1e-300)));
    }
}
