package org.symbiose.engine.classify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Temperature and pressure written in a label: "chaleur fatale 45°C", "vapeur 20 bar", "steam 12 bar". */
public final class Conditions {

    /*
     * Possessive quantifiers, and a number starting only where a run of digits starts: the search stays linear
     * in the label's length (a label of a million digits or spaces would otherwise take hours to search).
     */
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(-?(?<!\\d)\\d++(?:[.,]\\d++)?+)\\s*+(?:°\\s*+C|deg\\s*+C|degrees?\\s*+C)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESSURE =
            Pattern.compile("((?<!\\d)\\d++(?:[.,]\\d++)?+)\\s*+bars?\\b", Pattern.CASE_INSENSITIVE);

    private Conditions() {}

    /** The temperature in °C a label states, if any. */
    public static Optional<Double> temperatureIn(String label) {
        return number(TEMPERATURE.matcher(label == null ? "" : label));
    }

    /** The pressure in bar a label states, if any. */
    public static Optional<Double> pressureIn(String label) {
        return number(PRESSURE.matcher(label == null ? "" : label));
    }

    private static Optional<Double> number(Matcher matcher) {
        return matcher.find() ? Optional.of(Double.valueOf(matcher.group(1).replace(',', '.'))) : Optional.empty();
    }
}
