package org.symbiose.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.initiatives.FormValues;

/**
 * The questionnaire's form: one row per declared flow, every field as text so that a wrong value is
 * an error naming its row and field rather than a failed binding. Numbers are read as people write
 * them ("1 234,5"); choices (direction, category, unit, period) are the enums' names.
 */
record QuestionnaireForm(@Valid List<FlowRow> rows) {

    /** The most rows a questionnaire has: beyond, a post comes from no page we served and is refused. */
    static final int MAX_ROWS = 50;

    /** Blank rows offered under the declared ones. */
    static final int BLANK_ROWS = 3;

    /** Largest quantity the database keeps: numeric(18, 4). */
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999999.9999");

    private static final BigDecimal ABSOLUTE_ZERO = new BigDecimal("-273.15");
    private static final BigDecimal MAX_TEMPERATURE = new BigDecimal("9999.99");
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /** One declared flow as typed. {@code hazardous} is "", "true" or "false". */
    record FlowRow(
            String direction,

            @Size(max = 500, message = "{questionnaire.error.label.size}")
            String label,

            String category,
            String ewc,
            String quantity,
            String unit,
            String period,
            String temperature,
            String hazardous,
            String availableFrom,
            String availableTo,

            @Size(max = 2000, message = "{questionnaire.error.notes.size}")
            String notes) {

        static final FlowRow BLANK = new FlowRow("", "", "", "", "", "", Period.YEAR.name(), "", "", "", "", "");

        /** Nothing typed: the period alone has a default and does not count. */
        boolean isBlank() {
            for (String text : new String[] {
                direction,
                label,
                category,
                ewc,
                quantity,
                unit,
                temperature,
                hazardous,
                availableFrom,
                availableTo,
                notes
            }) {
                if (!FormValues.isBlank(text)) {
                    return false;
                }
            }
            return true;
        }

        static FlowRow of(Flow flow, Locale locale) {
            return new FlowRow(
                    flow.direction().name(),
                    flow.label(),
                    name(flow.category()),
                    flow.ewc() == null ? "" : flow.ewc(),
                    FormValues.format(flow.quantity(), locale),
                    name(flow.unit()),
                    flow.period().name(),
                    FormValues.format(flow.temperatureC(), locale),
                    flow.hazardous() == null ? "" : flow.hazardous().toString(),
                    flow.availableFrom() == null ? "" : flow.availableFrom().toString(),
                    flow.availableTo() == null ? "" : flow.availableTo().toString(),
                    flow.notes() == null ? "" : flow.notes());
        }
    }

    QuestionnaireForm {
        rows = rows == null
                ? List.of()
                : rows.stream().map(row -> row == null ? FlowRow.BLANK : row).toList();
    }

    /** A questionnaire's rows and blank ones to fill in. */
    static QuestionnaireForm of(List<DeclaredFlow> declared, Locale locale) {
        var rows = new ArrayList<FlowRow>();
        declared.forEach(row -> rows.add(FlowRow.of(row.flow(), locale)));
        for (int i = 0; i < BLANK_ROWS && rows.size() < MAX_ROWS; i++) {
            rows.add(FlowRow.BLANK);
        }
        return new QuestionnaireForm(rows);
    }

    /** The same rows and one more blank one, up to {@link #MAX_ROWS}. */
    QuestionnaireForm withOneMoreRow() {
        var more = new ArrayList<>(rows);
        if (more.size() < MAX_ROWS) {
            more.add(FlowRow.BLANK);
        }
        return new QuestionnaireForm(more);
    }

    public boolean canGrow() {
        return rows.size() < MAX_ROWS;
    }

    /** Checks what Bean Validation cannot: choices, numbers, codes and dates, each error on its row's field. */
    void check(Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            FlowRow row = rows.get(i);
            if (!row.isBlank()) {
                new RowCheck(errors, "rows[" + i + "].").check(row);
            }
        }
    }

    /** The rows as declared flows of a company; blank rows dropped. Call after {@link #check} found nothing. */
    List<DeclaredFlow> toRows(CompanyId companyId) {
        return rows.stream()
                .filter(row -> !row.isBlank())
                .map(row -> DeclaredFlow.of(new Flow(
                        null,
                        companyId,
                        null,
                        Direction.valueOf(row.direction()),
                        row.label().strip(),
                        optional(row.category(), FlowCategory.class),
                        FormValues.isBlank(row.ewc()) ? null : waste(row.ewc()).code(),
                        number(row.quantity()),
                        optional(row.unit(), Unit.class),
                        optional(row.period(), Period.class),
                        number(row.temperature()),
                        FormValues.isBlank(row.hazardous()) ? null : Boolean.valueOf(row.hazardous()),
                        date(row.availableFrom()),
                        date(row.availableTo()),
                        FormValues.isBlank(row.notes()) ? null : row.notes().strip())))
                .toList();
    }

    /** Whether no row is filled in. */
    boolean isEmpty() {
        return rows.stream().allMatch(FlowRow::isBlank);
    }

    /** The checks of one filled row; each rejects the field it is about, under its row's path. */
    private record RowCheck(Errors errors, String path) {

        void check(FlowRow row) {
            if (FormValues.isBlank(row.direction())) {
                reject("direction", "questionnaire.error.direction.required");
            } else {
                choice("direction", row.direction(), Direction.class);
            }
            if (FormValues.isBlank(row.label()) && !errors.hasFieldErrors(path + "label")) {
                reject("label", "questionnaire.error.label.required");
            }
            choice("category", row.category(), FlowCategory.class);
            if (!FormValues.isBlank(row.ewc()) && waste(row.ewc()) == null) {
                errors.rejectValue(
                        path + "ewc",
                        "questionnaire.error.ewc",
                        new Object[] {row.ewc().strip()},
                        null);
            }
            BigDecimal quantity = bounded("quantity", row.quantity(), BigDecimal.ZERO, MAX_QUANTITY, 4);
            boolean unitChosen = choice("unit", row.unit(), Unit.class);
            if (quantity != null && !unitChosen && !errors.hasFieldErrors(path + "unit")) {
                reject("unit", "questionnaire.error.unit.required");
            }
            choice("period", row.period(), Period.class);
            bounded("temperature", row.temperature(), ABSOLUTE_ZERO, MAX_TEMPERATURE, 2);
            if (!FormValues.isBlank(row.hazardous())
                    && !row.hazardous().equals("true")
                    && !row.hazardous().equals("false")) {
                reject("hazardous", "questionnaire.error.choice");
            }
            LocalDate from = day("availableFrom", row.availableFrom());
            LocalDate to = day("availableTo", row.availableTo());
            if (from != null && to != null && to.isBefore(from)) {
                reject("availableTo", "questionnaire.error.availableTo.beforeFrom");
            }
        }

        /** Whether a value is chosen; a value no list offers is an error. */
        private <E extends Enum<E>> boolean choice(String field, String text, Class<E> type) {
            if (FormValues.isBlank(text)) {
                return false;
            }
            try {
                Enum.valueOf(type, text.strip());
                return true;
            } catch (IllegalArgumentException e) {
                reject(field, "questionnaire.error.choice");
                return false;
            }
        }

        private BigDecimal bounded(String field, String text, BigDecimal min, BigDecimal max, int fraction) {
            BigDecimal value;
            try {
                value = FormValues.number(text);
            } catch (NumberFormatException | ArithmeticException e) {
                reject(field, "questionnaire.error." + field + ".number");
                return null;
            }
            if (value != null
                    && (value.compareTo(min) < 0
                            || value.compareTo(max) > 0
                            || value.stripTrailingZeros().scale() > fraction)) {
                reject(field, "questionnaire.error." + field + ".range");
                return null;
            }
            return value;
        }

        private LocalDate day(String field, String text) {
            if (FormValues.isBlank(text)) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(text.strip());
                if (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY)) {
                    return day;
                }
            } catch (DateTimeParseException e) {
                // reported below, as a date out of range is
            }
            reject(field, "questionnaire.error.date");
            return null;
        }

        private void reject(String field, String code) {
            errors.rejectValue(path + field, code);
        }
    }

    private static WasteCode waste(String text) {
        return WasteCatalogue.load()
                .find(text.strip())
                .filter(WasteCode::isEntry)
                .orElse(null);
    }

    private static BigDecimal number(String text) {
        BigDecimal value = FormValues.number(text);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static LocalDate date(String text) {
        return FormValues.isBlank(text) ? null : LocalDate.parse(text.strip());
    }

    private static <E extends Enum<E>> E optional(String text, Class<E> type) {
        return FormValues.isBlank(text) ? null : Enum.valueOf(type, text.strip());
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
