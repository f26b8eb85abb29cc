package org.symbiose.flows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of a flow a person edits, by the names the grid, the API and the history use, each with its
 * value as stored in the history (codes, plain numbers, ISO dates). A quantity is one field with its
 * unit and period ("12 TONNE YEAR"): "12 t/an → 15 t/an" reads better than three changes.
 */
final class FlowFields {

    static final String QUANTITY = "quantity";

    private static final Map<String, Function<Flow, String>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("label", Flow::label);
        VALUES.put("ewc", Flow::ewc);
        VALUES.put("direction", f -> f.direction().name());
        VALUES.put("category", f -> f.category() == null ? null : f.category().name());
        VALUES.put(QUANTITY, FlowFields::quantity);
        VALUES.put("temperature", f -> plain(f.temperatureC()));
        VALUES.put(
                "hazardous", f -> f.hazardous() == null ? null : f.hazardous().toString());
        VALUES.put("availableFrom", f -> iso(f.availableFrom()));
        VALUES.put("availableTo", f -> iso(f.availableTo()));
        VALUES.put("notes", Flow::notes);
    }

    private FlowFields() {}

    /** The fields whose value differs between two versions of a flow, in the grid's order. */
    static List<FlowChange.FieldChange> changed(Flow before, Flow after) {
        var changes = new ArrayList<FlowChange.FieldChange>();
        VALUES.forEach((field, value) -> {
            String old = blankToEmpty(value.apply(before));
            String now = blankToEmpty(value.apply(after));
            if (!old.equals(now)) {
                changes.add(new FlowChange.FieldChange(field, old, now));
            }
        });
        return changes;
    }

    private static String quantity(Flow f) {
        if (f.quantity() == null) {
            return null;
        }
        return plain(f.quantity()) + " " + (f.unit() == null ? "" : f.unit().name()) + " "
                + f.period().name();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
