package org.symbiose.engine.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/**
 * Quantities, units, periods and availability windows a company would declare for a flow: proportional
 * to its headcount and its sector's intensity, log-normally scattered, rounded to two significant digits,
 * in the unit people use for that resource (tonnes, or kilograms for small amounts; pallets; m3; MWh,
 * GJ or kWh; hours; m2; euros).
 */
final class Amounts {

    /** What a flow declares about its size; {@code quantity} and {@code unit} are null together. */
    record Amount(Double quantity, Unit unit, Period period, LocalDate from, LocalDate to) {}

    /** Windows are drawn in the year after this date; a constant, so that output does not depend on the clock. */
    private static final LocalDate WINDOW_YEAR = LocalDate.of(2027, 1, 1);

    private Amounts() {}

    static Amount draw(FamilyTraits family, Sector sector, Integer employees, SplittableRandom random) {
        int headcount = employees == null ? sector.medianEmployees() : Math.max(1, employees);
        double scale = headcount * Math.exp(Draw.gaussian(random) * 0.8);
        Period period = period(family, random);
        LocalDate from = null;
        LocalDate to = null;
        if (period == Period.ONCE || Draw.chance(random, 0.03)) {
            from = WINDOW_YEAR.plusDays(random.nextInt(365));
            to = from.plusDays(14 + random.nextInt(170));
        }
        if (Draw.chance(random, 0.12)) {
            return new Amount(null, null, period, from, to);
        }
        double perPeriod = period == Period.ONCE ? Draw.between(random, 0.2, 1) : 1 / period.perYearFactor();
        return switch (family.kind()) {
            case MATERIAL -> material(family, sector, scale * perPeriod, period, from, to, random);
            case WATER ->
                scaled(
                        40 * sector.intensity() * scale * perPeriod,
                        Unit.CUBIC_METRE,
                        Unit.LITRE,
                        1000,
                        period,
                        from,
                        to);
            case ENERGY -> energy(family, sector, scale * perPeriod, period, from, to, random);
            case SERVICE -> count(5 * scale, Unit.HOUR, period, from, to);
            case SKILL -> count(3 * scale, Unit.HOUR, period, from, to);
            case EQUIPMENT -> count(scale / 30, Unit.UNIT, period, from, to);
            case SPACE -> count(15 * scale, Unit.SQUARE_METRE, period, from, to);
            case PURCHASE ->
                Draw.chance(random, 0.5)
                        ? count(250 * scale, Unit.EURO, period, from, to)
                        : count(4 * scale, Unit.UNIT, period, from, to);
            case LOGISTICS -> count(3 * scale, Unit.UNIT, period, from, to);
        };
    }

    private static Period period(FamilyTraits family, SplittableRandom random) {
        return switch (family.kind()) {
            case EQUIPMENT -> Draw.chance(random, 0.6) ? Period.ONCE : Period.YEAR;
            case SPACE, SKILL, PURCHASE, SERVICE -> Period.YEAR;
            case MATERIAL, WATER, ENERGY, LOGISTICS -> {
                double roll = random.nextDouble();
                if (roll < 0.75) {
                    yield Period.YEAR;
                } else if (roll < 0.88) {
                    yield Period.MONTH;
                } else if (roll < 0.93) {
                    yield Period.WEEK;
                } else if (roll < 0.95) {
                    yield Period.DAY;
                }
                yield family.kind() == ResourceKind.MATERIAL ? Period.ONCE : Period.YEAR;
            }
        };
    }

    private static Amount material(
            FamilyTraits family,
            Sector sector,
            double scale,
            Period period,
            LocalDate from,
            LocalDate to,
            SplittableRandom random) {
        if (family.pallet() && Draw.chance(random, 0.75)) {
            return count(20 * sector.intensity() * scale, Unit.PALLET, period, from, to);
        }
        double tonnes = 0.8 * sector.intensity() * scale;
        if (tonnes < 0.5 && Draw.chance(random, 0.8)) {
            return new Amount(Draw.roughly(tonnes * 1000), Unit.KILOGRAM, period, from, to);
        }
        return new Amount(Draw.roughly(tonnes), Unit.TONNE, period, from, to);
    }

    private static Amount energy(
            FamilyTraits family,
            Sector sector,
            double scale,
            Period period,
            LocalDate from,
            LocalDate to,
            SplittableRandom random) {
        double mwh = (family.heat() ? 8 : 4) * sector.intensity() * scale;
        if (family.heat() && Draw.chance(random, 0.12)) {
            return new Amount(Draw.roughly(mwh * 3.6), Unit.GIGAJOULE, period, from, to);
        }
        if (mwh < 20 && Draw.chance(random, 0.5)) {
            return new Amount(Draw.roughly(mwh * 1000), Unit.KILOWATT_HOUR, period, from, to);
        }
        return new Amount(Draw.roughly(mwh), Unit.MEGAWATT_HOUR, period, from, to);
    }

    /** In {@code unit}, or in {@code small} ({@code factor} of them to one unit) below one unit. */
    private static Amount scaled(
            double value, Unit unit, Unit small, double factor, Period period, LocalDate from, LocalDate to) {
        if (value < 1) {
            return new Amount(Draw.roughly(value * factor), small, period, from, to);
        }
        return new Amount(Draw.roughly(value), unit, period, from, to);
    }

    /** Whole numbers, at least one. */
    private static Amount count(double value, Unit unit, Period period, LocalDate from, LocalDate to) {
        return new Amount((double) Math.max(1, Math.round(Draw.roughly(value))), unit, period, from, to);
    }
}
