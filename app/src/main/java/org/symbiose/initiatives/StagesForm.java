package org.symbiose.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * When the initiative started and its stages of implementation.
 *
 * @param launchText the launch as the sheet states it ("Date de lancement : 2015")
 */
record StagesForm(
        @Size(max = 300, message = "{edit.error.launchText.size}")
        String launchText,

        @Valid List<StageRow> rows) implements SheetForm {

    /**
     * One stage.
     *
     * @param period as written on the sheet ("2016-2017")
     * @param tasks one task per line
     */
    record StageRow(
            @Size(max = 300, message = "{edit.error.stage.title.size}")
            String title,

            @Size(max = 60, message = "{edit.error.stage.period.size}")
            String period,

            @WrittenNumber(min = "1950", max = "2100", integer = 4, message = "{edit.error.stage.startYear}")
            String startYear,

            @WrittenNumber(min = "1950", max = "2100", integer = 4, message = "{edit.error.stage.endYear}")
            String endYear,

            @WrittenNumber(max = "600", integer = 3, message = "{edit.error.stage.duration}")
            String durationMonths,

            @Size(max = 20000, message = "{edit.error.stage.tasks.size}")
            String tasks) {

        static final StageRow BLANK = new StageRow("", "", "", "", "", "");

        boolean isBlank() {
            return FormValues.allBlank(title, period, startYear, endYear, durationMonths, tasks);
        }
    }

    StagesForm {
        rows = FormValues.rows(rows, StageRow.BLANK);
    }

    static StagesForm of(Initiative initiative, Locale locale) {
        List<StageRow> rows = initiative.stages().stream()
                .map(s -> new StageRow(
                        s.title(),
                        s.period() == null ? "" : s.period(),
                        FormValues.format(s.startYear()),
                        FormValues.format(s.endYear()),
                        FormValues.format(s.durationMonths()),
                        FormValues.lines(s.tasks())))
                .toList();
        return new StagesForm(
                initiative.launchText() == null ? "" : initiative.launchText(),
                FormValues.withBlankRows(rows, StageRow.BLANK));
    }

    @Override
    public void check(Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            StageRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String path = "rows[" + i + "].";
            FormValues.requireInRow(errors, path + "title", row.title(), "edit.error.stage.title.required");
            if (!errors.hasFieldErrors(path + "startYear") && !errors.hasFieldErrors(path + "endYear")) {
                Integer start = FormValues.integer(row.startYear());
                Integer end = FormValues.integer(row.endYear());
                if (start != null && end != null && end < start) {
                    errors.rejectValue(path + "endYear", "edit.error.stage.endBeforeStart");
                }
            }
        }
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        List<Stage> stages = FormValues.filled(rows, StageRow::isBlank).stream()
                .map(row -> new Stage(
                        row.title(),
                        row.period(),
                        FormValues.integer(row.startYear()),
                        FormValues.integer(row.endYear()),
                        FormValues.integer(row.durationMonths()),
                        FormValues.lines(row.tasks())))
                .toList();
        return initiative.reviseStages(stages, launchText);
    }
}
