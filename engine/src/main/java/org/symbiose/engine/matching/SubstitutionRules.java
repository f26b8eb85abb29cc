package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.quantity.Dimension;

/**
 * The rules a supply and a receiver must pass, each a small pure function, and the score of those
 * that pass. The score weighs how surely both sides are the resource (0.45), how established the way
 * of use is (0.20), nearness within the distance limit (0.20) and agreement of quantities (0.15).
 */
final class SubstitutionRules {

    static final double WEIGHT_SEMANTIC = 0.45;
    static final double WEIGHT_STRENGTH = 0.20;
    static final double WEIGHT_DISTANCE = 0.20;
    static final double WEIGHT_QUANTITY = 0.15;

    /**
     * Weight of a declared need of another branch of the taxonomy than the supply's (steam offered,
     * hot water sought): a conversion, less direct than a need of the same resource.
     */
    static final double OTHER_BRANCH_FACTOR = 0.85;

    /** Strength of reusing a resource exactly as the receiver declared it. */
    static final double SAME_FAMILY_STRENGTH = 0.9;
    /** Strength when the receiver declared a broader family than the supply's. */
    static final double BROADER_FAMILY_STRENGTH = 0.75;
    /** Strength of a receiver found only through its activity's usual consumption. */
    static final double ACTIVITY_STRENGTH = 0.5;
    /**
     * Confidence that a receiver found through a pathway's activities really needs the resource: above a
     * declared need from an activity the pathway does not name (at most {@link #UNNAMED_ACTIVITY_FACTOR}),
     * below a sure one from an activity it names.
     */
    static final double PATHWAY_ACTIVITY_CONFIDENCE = 0.75;
    /** Confidence that a receiver found through its activity profile really needs the resource. */
    static final double PROFILE_CONFIDENCE = 0.6;

    /** Weight of a need a pathway reaches only through a broader family than the need's own. */
    static final double BROADER_NEED_FACTOR = 0.7;

    /**
     * Weight of a declared need reached through a pathway that names the activities using the resource
     * when the receiver's activity is none of them ("gravel" sought by a builder, for slag that the
     * pathway sends to road builders and quarries): the need and the pathway agree on the resource, but
     * nothing says this receiver runs the process the pathway describes.
     */
    static final double UNNAMED_ACTIVITY_FACTOR = 0.7;

    /** Quantity fit when either quantity is unknown (always so for a receiver found by its activity). */
    static final double UNKNOWN_QUANTITY_FIT = 0.6;
    /** Quantity fit of quantities measured in different dimensions (tonnes offered, m3 sought). */
    static final double OTHER_DIMENSION_FIT = 0.5;
    /** Quantity fit of quantities of the same dimension as different as can be. */
    static final double MIN_QUANTITY_FIT = 0.4;

    private SubstitutionRules() {}

    /** The accepted proposal, or null when a rule rejects the pair; {@code distance} in km between the two. */
    static Proposal evaluate(
            FlowFacts supply,
            Classification family,
            Receiver receiver,
            Lookup lookup,
            double distance,
            Taxonomy taxonomy) {
        FlowFacts need = receiver.need();
        boolean accepted = accepts(
                supply,
                lookup,
                receiver.actor().index(),
                distance,
                receiver.isDeclared(),
                need == null ? Double.NaN : need.temperatureC(),
                need == null ? OPEN_START : fromDay(need),
                need == null ? OPEN_END : toDay(need));
        if (!accepted) {
            return null;
        }
        double semantic = receiver.isDeclared()
                ? semantic(
                        family,
                        lookup,
                        receiver.needFamily().confidence(),
                        receiver.needFamilyNumber(),
                        activityAgreement(receiver, lookup) == 1,
                        corroborates(receiver, lookup),
                        taxonomy)
                : semanticByActivity(family, lookup);
        double quantity = receiver.isDeclared() ? quantityFit(supply, receiver.need()) : UNKNOWN_QUANTITY_FIT;
        return proposal(supply, family, receiver, lookup, distance, semantic, strength(family, lookup.via()), quantity);
    }

    /** A day before any other: a need available since always. */
    static final long OPEN_START = Long.MIN_VALUE;
    /** A day after any other: a need available for ever. */
    static final long OPEN_END = Long.MAX_VALUE;

    /** The first day a flow is available, as an epoch day, or {@link #OPEN_START}. */
    static long fromDay(FlowFacts flow) {
        return flow.from() == null ? OPEN_START : flow.from().toEpochDay();
    }

    /** The last day a flow is available, as an epoch day, or {@link #OPEN_END}. */
    static long toDay(FlowFacts flow) {
        return flow.to() == null ? OPEN_END : flow.to().toEpochDay();
    }

    /**
     * Whether a pair passes every rule: distinct actors, within the distance limit, hazardous supplies
     * only where allowed, temperatures that fit, availability windows that meet. The receiver is given
     * by numbers (its need's temperature, NaN when unknown or when no need was declared, and its need's
     * first and last days), so that the search can ask without reading it.
     */
    static boolean accepts(
            FlowFacts supply,
            Lookup lookup,
            int receiverActor,
            double distance,
            boolean declared,
            double needTemperatureC,
            long needFromDay,
            long needToDay) {
        return receiverActor != supply.actor().index()
                && distance <= lookup.radiusKm()
                && hazardAllowed(supply, lookup.via(), declared)
                && temperatureFits(supply, lookup.via(), needTemperatureC)
                && windowsOverlap(supply, needFromDay, needToDay);
    }

    /** The proposal of a pair that passes the rules, its semantic confidence and quantity fit worked out. */
    static Proposal proposal(
            FlowFacts supply,
            Classification family,
            Receiver receiver,
            Lookup lookup,
            double distance,
            double semantic,
            double strength,
            double quantity) {
        double nearness = nearness(distance, lookup.radiusKm());
        double score = combine(semantic, strength, nearness, quantity);
        return new Proposal(
                supply,
                family,
                receiver,
                lookup.via(),
                distance,
                lookup.radiusKm(),
                semantic,
                strength,
                quantity,
                Math.max(0, Math.min(1, score)));
    }

    /**
     * How surely a supply read as {@code family} and a declared need (its classification confidence, its
     * family's number, whether its actor's activity is one the pathway names) are the same resource put
     * to the same use: the supply's confidence times {@link #receiverConfidence}, the affinity of the two
     * families and {@link #activityAgreement}. From numbers, so that the search can work it out for a
     * receiver before it reads the receiver itself.
     */
    static double semantic(
            Classification family,
            Lookup lookup,
            double needConfidence,
            int needFamily,
            boolean agreeing,
            boolean corroborated,
            Taxonomy taxonomy) {
        return family.confidence()
                * receiverConfidence(needEvidence(needConfidence, corroborated), needFamily, lookup)
                * affinity(lookup, needFamily, taxonomy)
                * (agreeing ? 1 : UNNAMED_ACTIVITY_FACTOR);
    }

    /**
     * How surely a declared need is what its words were read as: the reading's confidence, unless the
     * receiver's activity is one the pathway names for that use, which says the same independently (a
     * cement works asking for "raw material substitute for clinker"); then either suffices, and the
     * confidence is that of one or the other being right, the activity counting as much as for a
     * company found by its activity alone ({@link #PATHWAY_ACTIVITY_CONFIDENCE}). So a need declared
     * by the very kind of company the pathway names never counts for less than the company's activity
     * alone would.
     */
    static double needEvidence(double needConfidence, boolean corroborated) {
        return corroborated ? 1 - (1 - needConfidence) * (1 - PATHWAY_ACTIVITY_CONFIDENCE) : needConfidence;
    }

    /** Whether a declared need's receiver runs one of the activities the lookup's pathway names for the use. */
    static boolean corroborates(Receiver receiver, Lookup lookup) {
        return receiver.isDeclared()
                && !lookup.namedActivities().isEmpty()
                && !receiver.actor().nafPrefixes().isEmpty()
                && activityAgreement(receiver, lookup) == 1;
    }

    /** {@link #semantic} of a receiver found through its activity: its activity's fixed confidence. */
    static double semanticByActivity(Classification family, Lookup lookup) {
        return family.confidence()
                * (lookup.via() instanceof Via.ByPathway ? PATHWAY_ACTIVITY_CONFIDENCE : PROFILE_CONFIDENCE);
    }

    /**
     * The score of a pair at the distance limit, where nearness adds nothing: what {@link ScoreBounds#upperBound(double,
     * double, double)} adds nearness to.
     */
    static double scoreAtLimit(double semantic, double strength, double quantity) {
        return combine(semantic, strength, 0, quantity);
    }

    static double combine(double semantic, double strength, double nearness, double quantity) {
        return WEIGHT_SEMANTIC * semantic
                + WEIGHT_STRENGTH * strength
                + WEIGHT_DISTANCE * nearness
                + WEIGHT_QUANTITY * quantity;
    }

    /**
     * 1 unless the receiver declared a need that a pathway reaches while naming activities that use the
     * resource, none of which is the receiver's: then {@link #UNNAMED_ACTIVITY_FACTOR}. A pathway without
     * receiver activities, direct reuse and a receiver of unknown activity say nothing either way.
     */
    static double activityAgreement(Receiver receiver, Lookup lookup) {
        if (!receiver.isDeclared()
                || lookup.namedActivities().isEmpty()
                || receiver.actor().nafPrefixes().isEmpty()) {
            return 1;
        }
        long[] own = receiver.actor().nafCodes();
        long[] named = lookup.namedActivityCodes();
        if (own != null && named != null) {
            return ShortCodes.intersect(own, named) ? 1 : UNNAMED_ACTIVITY_FACTOR;
        }
        // Both sides are upper case (see ActivityProfiles.prefixes).
        for (String prefix : receiver.actor().nafPrefixes()) {
            if (lookup.namedActivities().contains(prefix)) {
                return 1;
            }
        }
        return UNNAMED_ACTIVITY_FACTOR;
    }

    /**
     * 1 at the door, falling linearly to 0 at the distance limit: within its limit a resource can
     * travel, so distance orders receivers without ruling out the far ones.
     */
    static double nearness(double distanceKm, double limitKm) {
        if (limitKm <= 0) {
            return 1;
        }
        double ratio = Math.min(1, distanceKm / limitKm);
        return 1 - ratio;
    }

    /** 1 when the need is the supply's resource or a broader or narrower form of it, else {@link #OTHER_BRANCH_FACTOR}. */
    private static double affinity(Lookup lookup, int need, Taxonomy taxonomy) {
        int supply = lookup.supplyFamilyNumber();
        boolean sameBranch = taxonomy.isA(need, supply) || taxonomy.isA(supply, need);
        return sameBranch ? 1 : OTHER_BRANCH_FACTOR;
    }

    /**
     * How surely the receiver wants the resource. A declared need reached through a pathway made for a
     * broader family ("matériaux d'emballage" for a need of "papier de calage") counts for less than one
     * the pathway names exactly.
     */
    static double receiverConfidence(double needConfidence, int needFamily, Lookup lookup) {
        if (lookup.via() instanceof Via.ByPathway && !namedByPathway(needFamily, lookup)) {
            return needConfidence * BROADER_NEED_FACTOR;
        }
        return needConfidence;
    }

    /**
     * Whether the pathway names the need's family among its receivers. Pathway lookups are made from
     * those names (see {@link Compatibility#lookups}), so a need of exactly the lookup's family is named,
     * and one below it can be only if the pathway names some family below the lookup's.
     */
    private static boolean namedByPathway(int need, Lookup lookup) {
        if (need == lookup.keyNumber()) {
            return true;
        }
        if (lookup.namesBelow()) {
            for (int named : lookup.namedFamilyNumbers()) {
                if (named == need) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The way-of-use part of the score: how established the way is, times its level in the waste hierarchy
     * ({@link HierarchyWeight#of}). Both depend on the lookup only, so this is its own exact bound.
     */
    static double strength(Classification family, Via via) {
        if (via instanceof Via.Direct direct) {
            return (direct.family().equals(family.family()) ? SAME_FAMILY_STRENGTH : BROADER_FAMILY_STRENGTH)
                    * HierarchyWeight.UNLEVELLED;
        }
        if (via instanceof Via.ByPathway byPathway) {
            return byPathway.pathway().strength()
                    * HierarchyWeight.of(byPathway.pathway().hierarchy());
        }
        return ACTIVITY_STRENGTH * HierarchyWeight.UNLEVELLED;
    }

    /**
     * A hazardous supply may follow only a pathway that allows it, or go to a receiver that declared a
     * need of that very resource (a regenerator asking for spent solvents).
     */
    static boolean hazardAllowed(FlowFacts supply, Via via, boolean declared) {
        if (!supply.hazardous()) {
            return true;
        }
        if (via instanceof Via.ByPathway byPathway) {
            return byPathway.pathway().hazardousAllowed();
        }
        return via instanceof Via.Direct && declared;
    }

    /**
     * Heat, steam and water must be warm enough for the pathway and for the receiver's declared
     * temperature; an unknown supply temperature passes (the explanation asks to confirm it).
     */
    static boolean temperatureFits(FlowFacts supply, Via via, double needTemperatureC) {
        if (!supply.hasTemperature()) {
            return true;
        }
        double t = supply.temperatureC();
        if (via instanceof Via.ByPathway byPathway) {
            Pathway pathway = byPathway.pathway();
            if (pathway.minTemperatureC() != null && t < pathway.minTemperatureC()) {
                return false;
            }
            if (pathway.maxTemperatureC() != null && t > pathway.maxTemperatureC()) {
                return false;
            }
        }
        return Double.isNaN(needTemperatureC) || t >= needTemperatureC;
    }

    /** Both availability windows, when given, share at least a day (the need's as epoch days, open ends as such). */
    static boolean windowsOverlap(FlowFacts supply, long needFromDay, long needToDay) {
        return toDay(supply) >= needFromDay && needToDay >= fromDay(supply);
    }

    /**
     * 1 when supply and need are equal per year, falling towards 0.4 as they differ; 0.6 when either is
     * unknown, 0.5 when they are not measured in the same dimension.
     */
    static double quantityFit(FlowFacts supply, FlowFacts need) {
        return quantityFit(supply, need.perYear(), need.dimension());
    }

    /** {@link #quantityFit(FlowFacts, FlowFacts)} from the need's yearly quantity (NaN if unknown) and its dimension. */
    static double quantityFit(FlowFacts supply, double needPerYear, Dimension needDimension) {
        if (!supply.hasQuantity() || Double.isNaN(needPerYear) || needDimension == null) {
            return UNKNOWN_QUANTITY_FIT;
        }
        if (supply.dimension() != needDimension) {
            return OTHER_DIMENSION_FIT;
        }
        double max = Math.max(supply.perYear(), needPerYear);
        if (max == 0) {
            return UNKNOWN_QUANTITY_FIT;
        }
        return MIN_QUANTITY_FIT + (1 - MIN_QUANTITY_FIT) * Math.min(supply.perYear(), needPerYear) / max;
    }
}
