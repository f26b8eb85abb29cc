package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.web.Typography;

/** The flow grid's history as a facilitator reads it after an import, in French and in English. */
class FlowChangesTest {

    static final Instant IMPORTED_AT = Instant.parse("2026-12-07T09:00:00Z");
    static final ImportRuns.ImportRun RUN =
            new ImportRuns.ImportRun(7, IMPORTED_AT, "animation.adeto", "Animation ADETO", "adeto.zip");

    final FlowChanges changes = new FlowChanges(messages(), new Typography());

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages-flows");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static FlowHistory history(ImportRuns.ImportRun run, int flows) {
        var labels = new ArrayList<String>();
        for (int i = 1; i <= flows; i++) {
            labels.add("flux " + i);
        }
        var edit = new FlowChange(
                1L,
                new FlowId(11),
                new CompanyId(3),
                "animation.adeto",
                "Animation ADETO",
                IMPORTED_AT.plusSeconds(3600),
                FlowChange.Action.EDITED,
                "flux 1",
                List.of(new FlowChange.FieldChange("notes", "", "benne")));
        var changedByImport = new FlowChange(
                2L,
                new FlowId(9),
                new CompanyId(3),
                "animation.adeto",
                "Animation ADETO",
                IMPORTED_AT,
                FlowChange.Action.IMPORTED,
                "sciure",
                List.of(new FlowChange.FieldChange("notes", "a", "b")),
                run.id());
        return new FlowHistory(
                List.of(edit, changedByImport), List.of(new ImportedFlows(run, labels)), Map.of(run.id(), run));
    }

    @Test
    void anImportIsOneEntryNamingItsFileAndItsFlowsInTimeWithTheOtherChanges() {
        // The dates are written in the request's language, which Spring holds per thread.
        LocaleContextHolder.setLocale(Locale.FRENCH);
        List<FlowChanges.Shown> shown = changes.shown(history(RUN, 23), Locale.FRENCH);
        LocaleContextHolder.resetLocaleContext();

        assertThat(shown)
                .extracting(FlowChanges.Shown::what)
                .containsExactly(
                        "a modifié «\u00a0flux 1\u00a0»",
                        "a importé «\u00a0sciure\u00a0» (fichier\u00a0«\u00a0adeto.zip\u00a0»)",
                        "a importé 23\u00a0flux (fichier\u00a0«\u00a0adeto.zip\u00a0»)");
        FlowChanges.Shown imported = shown.get(2);
        assertThat(imported.who()).isEqualTo("Animation ADETO");
        assertThat(imported.when()).isEqualTo("7 décembre 2026 à 10:00");
        assertThat(imported.lines())
                .hasSize(FlowChanges.LABELS_SHOWN + 1)
                .startsWith("flux 1", "flux 2")
                .endsWith("flux 20", "… et 3\u00a0autres");
    }

    @Test
    void inEnglishTooAndAFileWithoutANameIsSaidSo() {
        var unnamed = new ImportRuns.ImportRun(7, IMPORTED_AT, "animation.adeto", "Animation ADETO", null);

        assertThat(changes.shown(history(RUN, 1), Locale.ENGLISH))
                .extracting(FlowChanges.Shown::what)
                .containsExactly(
                        "edited “flux 1”",
                        "imported “sciure” (file “adeto.zip”)",
                        "imported 1 flow (file “adeto.zip”)");
        assertThat(changes.shown(history(unnamed, 2), Locale.FRENCH).get(2).what())
                .isEqualTo("a importé 2\u00a0flux (fichier sans nom)");
    }
}
