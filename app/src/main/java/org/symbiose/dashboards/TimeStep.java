package org.symbiose.dashboards;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One point of a dashboard's time axis: a quarter or a year, read at its last day.
 *
 * @param quarter 1 to 4 for a quarter, 0 for a whole year
 */
public record TimeStep(int year, int quarter) {

    public TimeStep {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** The step of this size that contains the date. */
    static TimeStep of(LocalDate date, StepSize size) {
        return size == StepSize.YEAR
                ? new TimeStep(date.getYear(), 0)
                : new TimeStep(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
    }

    public boolean isQuarter() {
        return quarter > 0;
    }

    /** The last day of the step: what the series count "as of". */
    public LocalDate end() {
        return isQuarter() ? LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1) : LocalDate.of(year, 12, 31);
    }

    /** The next step of the same size. */
    TimeStep next() {
        if (!isQuarter()) {
            return new TimeStep(year + 1, 0);
        }
        return quarter == 4 ? new TimeStep(year + 1, 1) : new TimeStep(year, quarter + 1);
    }

    /** "2024 T1", "2024" or, for today's point, "Aujourd’hui": how tables, CSV and the sheet's chart name it. */
    String label(boolean today, MessageSource messages, Locale locale) {
        if (today) {
            return messages.getMessage("dashboard.now", null, locale);
        }
        return isQuarter()
                ? messages.getMessage("dashboard.quarter", new Object[] {String.valueOf(year), quarter}, locale)
                : String.valueOf(year);
    }

    /** "2024-Q1" or "2024", as the API writes it. */
    public String key() {
        return isQuarter() ? year + "-Q" + quarter : String.valueOf(year);
    }
}
