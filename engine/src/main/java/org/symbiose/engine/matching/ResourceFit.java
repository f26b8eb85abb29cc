package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * The rule of the score's first part (weight {@link SubstitutionRules#WEIGHT_SEMANTIC}): how surely both
 * sides are the resource, put to the same use. Its value for a pair ({@link #ofNeed}, {@link
 * #ofActivity}) and its bound for the receivers of a lookup not yet met ({@link #bound}, refined by a
 * declared need's evidence with {@link #boundForEvidence}) are written here side by side: a new factor
 * changes this class, and the search, which only adds up bounds, does not change.
 */
public final class ResourceFit {

    /**
     * Weight of a declared need of another branch of the taxonomy than the supply's (steam offered,
     * hot water sought): a conversion, less direct than a need of the same resource.
     */
    public static final double OTHER_BRANCH_FACTOR = 0.85;

    /**
     * Confidence that a receiver found through a pathway's activities really needs the resource: above a
     * declared need from an activity the pathway does not name (at most {@link #UNNAMED_ACTIVITY_FACTOR}),
     * below a sure one from an activity it names.
     */
    public static final double PATHWAY_ACTIVITY_CONFIDENCE = 0.75;
    /** Confidence that a receiver found through its activity profile really needs the resource. */
    public static final double PROFILE_CONFIDENCE = 0.6;

    /** Weight of a need a pathway reaches only through a broader family than the need's own. */
    public static final double BROADER_NEED_FACTOR = 0.7;

    /**
     * Weight of a declared need of a broader family than the supply's, reached directly, no pathway
     * saying that this kind of receiver uses this kind of resource: "eau" sought by a sports centre, for
     * treated wastewater; "chaleur" sought by a bakery, for hot water at 40 °C. The generic word matches
     * every resource of its branch: the need may take this one, as a need of a neighbouring branch may
     * take a conversion of it, and weighs as much ({@link #OTHER_BRANCH_FACTOR}). So a need naming the
     * very resource on offer ranks first, and a generic need still before a company found by its activity
     * alone ({@link #PATHWAY_ACTIVITY_CONFIDENCE}): it was declared. (The weight of a need a pathway reaches
     * through a broader family, 0.7, put generic needs below activity guesses and lost declared receivers:
     * docs/evaluation.md.)
     */
    public static final double GENERIC_NEED_FACTOR = OTHER_BRANCH_FACTOR;

    /**
     * Weight of a declared need reached through a pathway that names the activities using the resource
     * when the receiver's activity is none of them ("gravel" sought by a builder, for slag that the
     * pathway sends to road builders and quarries): the need and the pathway agree on the resource, but
     * nothing says this receiver runs the process the pathway describes.
     */
    public static final double UNNAMED_ACTIVITY_FACTOR = 0.7;

    private ResourceFit() {}

    /**
     * The value for a declared need, from numbers (its classification confidence, its family's number,
     * whether its actor's activity is one the pathway names), so that the search can work it out for a
     * receiver before it reads the receiver itself: the supply's confidence times {@link
     * #receiverConfidence}, the affinity of the two families and {@link #activityAgreement}.
     */
    public static double ofNeed(
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

    /** The value for a receiver found through its activity: its activity's fixed confidence. */
    public static double ofActivity(Classification family, Lookup lookup) {
        return family.confidence()
                * (lookup.via() instanceof Via.ByPathway ? PATHWAY_ACTIVITY_CONFIDENCE : PROFILE_CONFIDENCE);
    }

    /**
     * The bound for every receiver of a lookup: the supply's confidence times the largest factor the
     * receiver side can bring ({@link Lookup#bestReceiverFactor}, from {@link #bestReceiverFactor}).
     * Exact for receivers found by their activity; for declared needs it takes the need's evidence at 1.
     */
    public static double bound(Classification family, Lookup lookup) {
        return family.confidence() * lookup.bestReceiverFactor();
    }

    /**
     * The bound for a declared need of known evidence ({@link #needEvidence}): the value is proportional to
     * the evidence, so the lookup's bound times it. The search subtracts what this takes away from its
     * bound, before reading the receiver.
     */
    public static double boundForEvidence(double lookupBound, double evidence) {
        return lookupBound * evidence;
    }

    /**
     * The largest {@code receiverConfidence × affinity × activityAgreement} of a receiver found through a
     * lookup (the last is at most 1, and 1 for some receivers: left out): a declared need's confidence is
     * at most 1, times {@link #BROADER_NEED_FACTOR} when the pathway does not name its family (a need
     * below {@code key} that no receiver family of the pathway covers exactly), times {@link
     * #OTHER_BRANCH_FACTOR} when {@code key} is off the supply's branch (then so is every family below it,
     * the taxonomy being a tree), times {@link #GENERIC_NEED_FACTOR} for a need of a broader family reached
     * directly; a receiver found by its activity has a fixed confidence.
     */
    static double bestReceiverFactor(
            Classification family, Lookup.Target target, String key, Via via, boolean namesBelow, Taxonomy taxonomy) {
        if (target == Lookup.Target.ACTOR_OF_ACTIVITY || target == Lookup.Target.ACTOR_CONSUMING) {
            return via instanceof Via.ByPathway ? PATHWAY_ACTIVITY_CONFIDENCE : PROFILE_CONFIDENCE;
        }
        double confidence = 1;
        if (via instanceof Via.Direct && !key.equals(family.family())) {
            confidence = GENERIC_NEED_FACTOR;
        } else if (target == Lookup.Target.NEED_BELOW_FAMILY && via instanceof Via.ByPathway) {
            confidence = namesBelow ? 1 : BROADER_NEED_FACTOR;
        } else if (via instanceof Via.ByPathway byPathway
                && !byPathway.pathway().receiverFamilies().contains(key)) {
            confidence = BROADER_NEED_FACTOR;
        }
        boolean sameBranch = taxonomy.isA(key, family.family()) || taxonomy.isA(family.family(), key);
        return confidence * (sameBranch ? 1 : OTHER_BRANCH_FACTOR);
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
    public static double needEvidence(double needConfidence, boolean corroborated) {
        return corroborated ? 1 - (1 - needConfidence) * (1 - PATHWAY_ACTIVITY_CONFIDENCE) : needConfidence;
    }

    /** Whether a declared need's receiver runs one of the activities the lookup's pathway names for the use. */
    public static boolean corroborates(Receiver receiver, Lookup lookup) {
        return receiver.isDeclared()
                && !lookup.namedActivities().isEmpty()
                && !receiver.actor().nafPrefixes().isEmpty()
                && activityAgreement(receiver, lookup) == 1;
    }

    /**
     * 1 unless the receiver declared a need that a pathway reaches while naming activities that use the
     * resource, none of which is the receiver's: then {@link #UNNAMED_ACTIVITY_FACTOR}. A pathway without
     * receiver activities, direct reuse and a receiver of unknown activity say nothing either way.
     */
    public static double activityAgreement(Receiver receiver, Lookup lookup) {
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

    /** 1 when the need is the supply's resource or a broader or narrower form of it, else {@link #OTHER_BRANCH_FACTOR}. */
    private static double affinity(Lookup lookup, int need, Taxonomy taxonomy) {
        int supply = lookup.supplyFamilyNumber();
        boolean sameBranch = taxonomy.isA(need, supply) || taxonomy.isA(supply, need);
        return sameBranch ? 1 : OTHER_BRANCH_FACTOR;
    }

    /**
     * How surely the receiver wants the resource. A declared need reached through a pathway made for a
     * broader family ("matériaux d'emballage" for a need of "papier de calage") counts for less than one
     * the pathway names exactly; so does a need of a broader family than the supply's reached directly
     * ({@link #GENERIC_NEED_FACTOR}).
     */
    static double receiverConfidence(double needConfidence, int needFamily, Lookup lookup) {
        if (lookup.via() instanceof Via.ByPathway && !namedByPathway(needFamily, lookup)) {
            return needConfidence * BROADER_NEED_FACTOR;
        }
        if (lookup.via() instanceof Via.Direct && needFamily != lookup.supplyFamilyNumber()) {
            return needConfidence * GENERIC_NEED_FACTOR;
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
}
