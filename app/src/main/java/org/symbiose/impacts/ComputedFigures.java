package org.symbiose.impacts;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Figures the platform computes from an initiative's records, the same way for every initiative
 * (docs/methodology.md). Mass in tonnes per year, CO2 in tonnes CO2e per year.
 */
public record ComputedFigures(Map<Metric, BigDecimal> values) {

    public ComputedFigures {
        values = Map.copyOf(values);
    }

    public Optional<BigDecimal> find(Metric metric) {
        return Optional.ofNullable(values.get(metric));
    }

    public BigDecimal get(Metric metric) {
        return values.getOrDefault(metric, BigDecimal.ZERO);
    }

    /** Sum of several initiatives' figures, metric by metric. */
    public ComputedFigures plus(ComputedFigures other) {
        var sum = new EnumMap<Metric, BigDecimal>(Metric.class);
        sum.putAll(values);
        other.values.forEach((metric, value) -> sum.merge(metric, value, BigDecimal::add));
        return new ComputedFigures(sum);
    }

    public static ComputedFigures none() {
        return new ComputedFigures(Map.of());
    }
}
