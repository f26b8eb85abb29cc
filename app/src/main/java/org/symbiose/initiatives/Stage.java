package org.symbiose.initiatives;

import java.util.List;

/**
 * A stage of implementation ("étape de mise en œuvre").
 *
 * @param period as written on the sheet ("2016-2017"), null when unknown
 * @param durationMonths planned or actual duration in months, null when unknown
 * @param tasks what the stage consists of, one item per task
 */
public record Stage(
        String title, String period, Integer startYear, Integer endYear, Integer durationMonths, List<String> tasks) {

    public Stage {
        title = Texts.required(title, "stage title");
        period = Texts.optional(period);
        Texts.requireNonNegative(durationMonths, "duration");
        if (startYear != null && endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("stage ends (" + endYear + ") before it starts (" + startYear + ")");
        }
        tasks = Texts.items(tasks);
    }
}
