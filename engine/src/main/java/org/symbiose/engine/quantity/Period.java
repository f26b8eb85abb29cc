package org.symbiose.engine.quantity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.symbiose.engine.search.TextAnalysis;

/**
 * The period a flow quantity is declared over. Companies give their flows per month, per week or per year;
 * the engine compares them per year.
 */
public enum Period {
    YEAR(1, "year", "years", "yr", "y", "an", "ans", "année", "années", "annuel", "annuelle"),
    MONTH(12, "month", "months", "mo", "mois", "mensuel", "mensuelle"),
    /** 52 weeks a year: the usual business convention, 0.2 % below the calendar (365 / 7). */
    WEEK(52, "week", "weeks", "wk", "semaine", "semaines", "hebdomadaire", "hebdo", "sem"),
    /** Calendar days. A flow that stops at weekends is better declared per week or per month. */
    DAY(365, "day", "days", "d", "jour", "jours", "journalier", "journalière", "quotidien", "j"),
    /**
     * A one-off lot: a stock to clear, a demolition site, a machine to sell. It is counted once, in full, in the
     * year it happens ({@link #perYearFactor()} is 1); {@link #isRecurring()} tells it from a yearly flow.
     */
    ONCE(1, "once", "one-off", "one off", "single", "une fois", "ponctuel", "ponctuelle", "unique");

    private static final Map<String, Period> BY_TEXT = Arrays.stream(values())
            .flatMap(period -> period.aliases.stream().map(text -> Map.entry(key(text), period)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final double perYearFactor;
    private final List<String> aliases;

    Period(double perYearFactor, String... aliases) {
        this.perYearFactor = perYearFactor;
        this.aliases = List.of(aliases);
    }

    /** The default when a flow gives no period: annual tonnages are the norm in waste and resource inventories. */
    public static Period defaultPeriod() {
        return YEAR;
    }

    /**
     * The period as written in English or French, with or without "per", "par" or "/": "year", "/an",
     * "année", "par mois", "per week", "jour".
     *
     * @throws IllegalArgumentException naming the text, if no period is recognised
     */
    public static Period parse(String text) {
        Period period = BY_TEXT.get(key(text));
        if (period == null) {
            throw new IllegalArgumentException("Unknown period '" + text
                    + "'; expected year, month, week, day or once (or an, mois, semaine," + " jour, une fois)");
        }
        return period;
    }

    /** How many of this period make a year; 1 for {@link #ONCE} (see there). */
    public double perYearFactor() {
        return perYearFactor;
    }

    /** False only for {@link #ONCE}. */
    public boolean isRecurring() {
        return this != ONCE;
    }

    private static String key(String text) {
        String key = TextAnalysis.fold(text).strip().replaceAll("\\s+", " ");
        return key.replaceFirst("^(/|per |par |a |each |chaque |tous les |toutes les )\\s*", "");
    }
}
