package org.symbiose.dashboards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.web.InvalidParameterException;

/**
 * What a dashboard is narrowed to, from the GET parameters of its page and of the API: a period
 * ({@code from}, {@code to}, ISO dates, both included) and a kind of synergy ({@code kind}). A kind counts
 * only the synergies of that kind (and the companies engaged through them); diagnostics, events and
 * purchases have no kind and always count. A bad value is a 400 naming the parameter, in the reader's
 * language, never a 500.
 *
 * @param from null: from the first record
 * @param to null: up to today
 * @param kind null: every kind
 */
public record DashboardFilter(LocalDate from, LocalDate to, SynergyKind kind) {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    /** No filter: every record, from the first to today. */
    public static final DashboardFilter NONE = new DashboardFilter(null, null, null);

    /**
     * Reads the parameters as a client wrote them; blank means absent (an empty field of the page's form).
     *
     * @throws InvalidParameterException for a malformed date or kind, {@code from} after {@code to} or
     *     after today
     */
    public static DashboardFilter parse(String from, String to, String kind, LocalDate today) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && start.isAfter(today)) {
            throw new InvalidParameterException("from", "dashboard.filter.future", from.strip());
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidParameterException("from", "dashboard.filter.order", from.strip(), to.strip());
        }
        return new DashboardFilter(start, end, kind(kind));
    }

    public boolean isNone() {
        return from == null && to == null && kind == null;
    }

    /** Only the synergies this filter keeps; the other records unchanged. */
    Records apply(Records records) {
        if (kind == null) {
            return records;
        }
        return new Records(
                records.synergies().stream().filter(s -> s.kind() == kind).toList(),
                records.diagnostics(),
                records.engagements(),
                records.changes());
    }

    /** The parameters as the page's links repeat them (a download keeps the filter), absent ones left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        if (kind != null) {
            parameters.put("kind", kind.name());
        }
        return parameters;
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "dashboard.filter.date", text);
        }
        // Years far from ours (-999999999) are valid ISO dates, but no record is that old or that late.
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidParameterException(parameter, "dashboard.filter.date", text);
        }
        return date;
    }

    private static SynergyKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (SynergyKind kind : SynergyKind.values()) {
            if (kind.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new InvalidParameterException("kind", "dashboard.filter.kind", text);
    }
}
