package org.symbiose.opportunities;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.ids.CompanyId;
import org.symbiose.web.InvalidParameterException;

/**
 * What the facilitator asked to see, from the page's GET parameters (so that a filtered list can be
 * bookmarked): a kind, then optional criteria. Criteria that do not apply to the kind (a pathway for
 * mutualisations) are ignored.
 *
 * @param kind "substitutions", "mutualisations" or "dismissed"
 * @param companyId a platform company id: the supplier, the receiver or a member
 * @param found "declared" (a need the receiver declared) or "activity" (found through its activity)
 * @param page 1 for the first
 */
record OpportunityFilter(
        String kind,
        FlowCategory family,
        CompanyId companyId,
        Double maxKm,
        Double minScore,
        String pathway,
        String found,
        int page) {

    static final int PAGE_SIZE = 25;
    static final List<String> KINDS = List.of("substitutions", "mutualisations", "dismissed");

    /** Reads the page's parameters, refusing a bad one with its name. */
    static OpportunityFilter parse(
            String kind,
            String family,
            Long company,
            Double maxKm,
            Double minScore,
            String pathway,
            String found,
            Integer page) {
        String theKind = blank(kind) ? "substitutions" : kind;
        if (!KINDS.contains(theKind)) {
            throw new InvalidParameterException("kind", "opportunities.parameter.kind", kind);
        }
        FlowCategory theFamily = null;
        if (!blank(family)) {
            try {
                theFamily = FlowCategory.valueOf(family.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("family", "opportunities.parameter.family", family);
            }
        }
        if (company != null && company <= 0) {
            throw new InvalidParameterException("company", "problem.parameter.positive", String.valueOf(company));
        }
        CompanyId companyId = company == null ? null : new CompanyId(company);
        if (maxKm != null && !(maxKm > 0 && Double.isFinite(maxKm))) {
            throw new InvalidParameterException("max-km", "problem.parameter.positive", String.valueOf(maxKm));
        }
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw new InvalidParameterException("min-score", "opportunities.parameter.score", String.valueOf(minScore));
        }
        String theFound = blank(found) ? null : found;
        if (theFound != null && !theFound.equals("declared") && !theFound.equals("activity")) {
            throw new InvalidParameterException("found", "opportunities.parameter.found", found);
        }
        if (page != null && page < 1) {
            throw new InvalidParameterException("page", "problem.parameter.positive", String.valueOf(page));
        }
        return new OpportunityFilter(
                theKind,
                theFamily,
                companyId,
                maxKm,
                minScore,
                blank(pathway) ? null : pathway.strip(),
                theFound,
                page == null ? 1 : page);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public boolean substitutions() {
        return kind.equals("substitutions");
    }

    /** Whether a proposal of the kind asked passes every criterion. */
    Predicate<Opportunity> matches() {
        return o -> {
            if (substitutions() != o.substitution()) {
                return false;
            }
            if (family != null && !o.families().contains(family)) {
                return false;
            }
            if (companyId != null && !o.companyIds().contains(companyId)) {
                return false;
            }
            if (minScore != null && o.candidate().score() < minScore) {
                return false;
            }
            if (o.candidate() instanceof Substitution s) {
                return (maxKm == null || s.distanceKm() <= maxKm)
                        && (pathway == null || pathway.equals(s.pathway().id()))
                        && (found == null || found.equals(o.found()));
            }
            return o.candidate() instanceof Mutualisation;
        };
    }
}
