package org.symbiose.reports;

import java.math.BigDecimal;
import java.util.List;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.KeyFigure;
import org.symbiose.synergies.Synergy;

/**
 * Everything the experience sheet ("fiche retour d'expérience") shows, in the seed's section order;
 * rendered by the same template on screen and in PDF.
 *
 * @param communeNames names of the territory's communes, in the order of the initiative's codes
 */
public record ExperienceSheet(
        Initiative initiative,
        List<FigureLine> keyFigures,
        List<Synergy> realised,
        List<Synergy> inProgress,
        List<Synergy> perspective,
        List<Synergy> abandoned,
        List<String> communeNames) {

    /**
     * A declared key figure and, when the platform can compute the same metric, the computed value
     * expressed in the declared figure's unit.
     */
    public record FigureLine(KeyFigure declared, BigDecimal computed) {}

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
}
