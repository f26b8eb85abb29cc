package org.symbiose.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import org.symbiose.impacts.Metric;

/** The key figures, as a table: value, unit, label and what the platform computes to compare. */
record KeyFiguresForm(@Valid List<KeyFigureRow> rows) implements SheetForm {

    /**
     * One key figure.
     *
     * @param value a positive number as written ("1 234,5")
     * @param metric the computed metric shown beside it, null for none
     */
    record KeyFigureRow(
            @WrittenNumber(integer = 13, fraction = 3, message = "{edit.error.keyFigure.value}")
            String value,

            @Size(max = 40, message = "{edit.error.keyFigure.unit.size}")
            String unit,

            @Size(max = 300, message = "{edit.error.keyFigure.label.size}")
            String label,

            Metric metric) {

        static final KeyFigureRow BLANK = new KeyFigureRow("", "", "", null);

        boolean isBlank() {
            return metric == null && FormValues.allBlank(value, unit, label);
        }
    }

    KeyFiguresForm {
        rows = FormValues.rows(rows, KeyFigureRow.BLANK);
    }

    static KeyFiguresForm of(Initiative initiative, Locale locale) {
        List<KeyFigureRow> rows = initiative.keyFigures().stream()
                .map(f -> new KeyFigureRow(
                        FormValues.format(f.value(), locale), f.unit() == null ? "" : f.unit(), f.label(), f.metric()))
                .toList();
        return new KeyFiguresForm(FormValues.withBlankRows(rows, KeyFigureRow.BLANK));
    }

    @Override
    public void check(Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            KeyFigureRow row = rows.get(i);
            if (!row.isBlank()) {
                String path = "rows[" + i + "].";
                FormValues.requireInRow(errors, path + "value", row.value(), "edit.error.keyFigure.value.required");
                FormValues.requireInRow(errors, path + "label", row.label(), "edit.error.keyFigure.label.required");
            }
        }
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        return initiative.reviseKeyFigures(FormValues.filled(rows, KeyFigureRow::isBlank).stream()
                .map(row -> new KeyFigure(FormValues.number(row.value()), row.unit(), row.label(), row.metric()))
                .toList());
    }
}
