package org.symbiose.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.symbiose.impacts.Metric;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.KeyFigure;
import org.symbiose.synergies.Synergy;

/**
 * Everything the experience sheet ("fiche retour d'expérience") shows, in the seed's section order;
 * rendered by the same template on screen and in PDF.
 *
 * @param realisedTonnes tonnes per year exchanged by the realised synergies, as the platform computes them
 * @param realisedCo2 tonnes of CO2e avoided per year by the realised synergies
 * @param communeNames names of the territory's communes, in the order of the initiative's codes
 */
public record ExperienceSheet(
        Initiative initiative,
        List<FigureLine> keyFigures,
        List<Synergy> realised,
        List<Synergy> inProgress,
        List<Synergy> perspective,
        List<Synergy> abandoned,
        BigDecimal realisedTonnes,
        BigDecimal realisedCo2,
        List<String> communeNames) {

    /** A declared key figure and, when the platform computes the same metric, the computed value. */
    public record FigureLine(KeyFigure declared, Computed computed) {}

    /**
     * A computed figure and what it counts: in the declared figure's unit when it was converted to it
     * ({@code unit} "kt/an"), otherwise in the metric's own words ("62 entreprises engagées").
     *
     * @param unit the declared unit the value was converted to, null when the value is in the metric's unit
     */
    public record Computed(BigDecimal value, Metric metric, String unit) {

        public boolean inDeclaredUnit() {
            return unit != null;
        }
    }

    public ExperienceSheet {
        keyFigures = List.copyOf(keyFigures);
        realised = List.copyOf(realised);
        inProgress = List.copyOf(inProgress);
        perspective = List.copyOf(perspective);
        abandoned = List.copyOf(abandoned);
        communeNames = List.copyOf(communeNames);
    }

    /** Key figures three to a row, as the compendium lays them out. */
    public List<List<FigureLine>> keyFigureRows() {
        return Rows.of(keyFigures, 3);
    }

    public boolean hasSynergies() {
        return !(realised.isEmpty() && inProgress.isEmpty() && perspective.isEmpty() && abandoned.isEmpty());
    }

    /** The synergies followed on the platform, realised first, as the results table lists them. */
    public List<Synergy> followed() {
        return Stream.of(realised, inProgress, perspective, abandoned)
                .flatMap(List::stream)
                .toList();
    }

    /**
     * A synergy's description without the title it starts with: the sheet writes "title: description",
     * and descriptions typed as "Projet HyaMMED : Projet HyaMMED : valorisation…" would say it twice.
     */
    public String descriptionOf(Synergy synergy) {
        return SheetTexts.withoutLeadingTitle(synergy.title(), synergy.description());
    }
}
