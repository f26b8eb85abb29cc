package org.symbiose.flows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * Reads a typed row as a flow, or says for each field what is wrong with it (message codes of
 * messages-flows, the value typed as argument). Numbers are read as French or English write them
 * ("1 234,5", "1234.5"); dates as ISO or French ("2025-03-01", "01/03/2025").
 */
@Component
public class FlowRowReader {

    static final int MAX_LABEL = 500;
    static final int MAX_NOTES = 4000;
    /** The columns' range: numeric(18, 4) for quantities, numeric(8, 2) for temperatures. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999999");

    static final BigDecimal MIN_TEMPERATURE = new BigDecimal("-273.15");
    static final BigDecimal MAX_TEMPERATURE = new BigDecimal("5000");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final WasteCatalogue waste = WasteCatalogue.load();

    /**
     * The flow a row stands for, errors added to {@code errors} by field; null when there is any.
     *
     * @param id the flow's id for an edit, null for a new one
     */
    public Flow read(FlowRowForm row, FlowId id, CompanyId companyId, Errors errors) {
        Direction direction = required(row.direction(), "direction", errors, FlowRowReader::direction);
        String label = text(row.label());
        if (label == null) {
            errors.rejectValue("label", "flows.error.label.required");
        } else if (label.length() > MAX_LABEL) {
            errors.rejectValue("label", "flows.error.tooLong", new Object[] {MAX_LABEL}, null);
        }
        FlowCategory category = optional(row.category(), "category", errors, FlowCategory::parse);
        String ewc = optional(row.ewc(), "ewc", errors, this::wasteEntry);
        BigDecimal quantity = number(row.quantity(), "quantity", errors);
        if (quantity != null && quantity.signum() < 0) {
            errors.rejectValue("quantity", "flows.error.quantity.negative", new Object[] {row.quantity()}, null);
        } else if (quantity != null && quantity.compareTo(MAX_QUANTITY) > 0) {
            errors.rejectValue("quantity", "flows.error.quantity.large", new Object[] {row.quantity()}, null);
        }
        Unit unit = optional(row.unit(), "unit", errors, FlowRowReader::unit);
        if (quantity != null && unit == null && text(row.unit()) == null) {
            errors.rejectValue("unit", "flows.error.unit.required");
        }
        Period period = optional(row.period(), "period", errors, FlowRowReader::period);
        BigDecimal temperature = number(row.temperature(), "temperature", errors);
        if (temperature != null
                && (temperature.compareTo(MIN_TEMPERATURE) < 0 || temperature.compareTo(MAX_TEMPERATURE) > 0)) {
            errors.rejectValue("temperature", "flows.error.temperature.range", new Object[] {row.temperature()}, null);
        }
        Boolean hazardous = optional(row.hazardous(), "hazardous", errors, FlowRowReader::yesNo);
        LocalDate from = optional(row.availableFrom(), "availableFrom", errors, FlowRowReader::date);
        LocalDate to = optional(row.availableTo(), "availableTo", errors, FlowRowReader::date);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("availableTo", "flows.error.dates.order");
        }
        String notes = text(row.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            errors.rejectValue("notes", "flows.error.tooLong", new Object[] {MAX_NOTES}, null);
        }
        int version = 0;
        if (id != null) {
            Integer typed = optional(row.version(), "version", errors, Integer::valueOf);
            if (typed == null && !errors.hasFieldErrors("version")) {
                errors.rejectValue("version", "flows.error.version");
            }
            version = typed == null ? 0 : typed;
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Flow(
                id,
                companyId,
                null,
                direction,
                label,
                category,
                ewc,
                quantity == null
                        ? null
                        : quantity.setScale(Math.min(4, Math.max(0, quantity.scale())), RoundingMode.HALF_UP),
                unit,
                period,
                temperature == null
                        ? null
                        : temperature.setScale(Math.min(2, Math.max(0, temperature.scale())), RoundingMode.HALF_UP),
                hazardous,
                from,
                to,
                notes,
                version);
    }

    private String wasteEntry(String typed) {
        return waste.find(typed)
                .filter(WasteCode::isEntry)
                .map(WasteCode::code)
                .orElseThrow(() -> new IllegalArgumentException(typed));
    }

    /** A typed number, French or English, null when blank; an error naming the field when not a number. */
    static BigDecimal number(String typed, String field, Errors errors) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        String plain = SPACES.matcher(text).replaceAll("").replace(',', '.');
        if (!NUMBER.matcher(plain).matches() || plain.length() > 30) {
            errors.rejectValue(field, "flows.error.number", new Object[] {typed.strip()}, null);
            return null;
        }
        return new BigDecimal(plain);
    }

    private static <T> T required(String typed, String field, Errors errors, Function<String, T> parse) {
        if (text(typed) == null) {
            errors.rejectValue(field, "flows.error." + field);
            return null;
        }
        return optional(typed, field, errors, parse);
    }

    private static <T> T optional(String typed, String field, Errors errors, Function<String, T> parse) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            errors.rejectValue(field, "flows.error." + field, new Object[] {text}, null);
            return null;
        }
    }

    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static Direction direction(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "OUT" -> Direction.OUT;
            case "IN" -> Direction.IN;
            default -> Direction.parse(text);
        };
    }

    private static Unit unit(String text) {
        try {
            return Unit.valueOf(text);
        } catch (IllegalArgumentException e) {
            return Unit.parse(text);
        }
    }

    private static Period period(String text) {
        try {
            return Period.valueOf(text);
        } catch (IllegalArgumentException e) {
            return Period.parse(text);
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "yes", "on" -> true;
            case "false", "non", "no" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text, FRENCH_DATE);
        }
    }
}
