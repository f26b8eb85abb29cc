package org.symbiose.initiatives;

import java.math.BigDecimal;
import java.util.Objects;
import org.symbiose.impacts.Metric;

/**
 * A key figure as declared by the initiative ("chiffre clé").
 *
 * @param unit unit shown after the value ("kt/an"), null for plain counts
 * @param metric what the platform can compute for comparison, null when nothing
 */
public record KeyFigure(BigDecimal value, String unit, String label, Metric metric) {

    public KeyFigure {
        Objects.requireNonNull(value, "key figure value");
        Texts.requireNonNegative(value, "key figure value");
        unit = Texts.optional(unit);
        label = Texts.required(label, "key figure label");
    }
}
