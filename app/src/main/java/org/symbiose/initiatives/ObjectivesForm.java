package org.symbiose.initiatives;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * General objectives and "le + de la démarche", one item per line.
 *
 * @param highlights what makes the initiative stand out ("le + de la démarche")
 */
record ObjectivesForm(
        @Size(max = 20000, message = "{edit.error.objectives.size}")
        String objectives,

        @Size(max = 20000, message = "{edit.error.highlights.size}")
        String highlights)
        implements SheetForm {

    static ObjectivesForm of(Initiative initiative, Locale locale) {
        return new ObjectivesForm(FormValues.lines(initiative.objectives()), FormValues.lines(initiative.highlights()));
    }

    @Override
    public void check(Errors errors) {
        // Each line is an item: nothing to cross-check.
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        return initiative.reviseObjectives(FormValues.lines(objectives), FormValues.lines(highlights));
    }
}
