package org.symbiose.engine.matching.search;

import java.util.BitSet;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.LawRule;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.Receiver;
import org.symbiose.engine.matching.ResourceFit;
import org.symbiose.engine.matching.SubstitutionRules;
import org.symbiose.engine.matching.WayOfUse;

/**
 * One lookup's part of the search of a supply: its receivers, the cells in reach and how far it has
 * gone. Reused from supply to supply by a thread's searches ({@link #start}).
 */
final class LookupSearch {
    Classification family;
    Lookup lookup;
    IndexedReceivers receivers;
    Taxonomy taxonomy;
    GeoGrid<Receiver> grid;
    /** The cells in reach, found when the search first walks (many searches end before); see {@link #windowFound}. */
    final GridWindow window = new GridWindow();
    /** Whether {@link #window} holds this supply's window. */
    boolean windowFound;
    /** The bound at the distance limit without its quantity part. */
    double boundWithoutQuantity;
    /**
     * By quantity class (a declared need's tag), the bound's quantity part at best: see {@link
     * QuantityClass#bestFitWith}; null for receivers found by their activity.
     */
    double[] quantityPartByClass;
    /** The bound at the distance limit for the best class this grid holds. */
    double boundAtLimit;
    /** The strength of the lookup's way of use for the supply's family. */
    double strength;
    /**
     * What the bound's semantic part loses per unit of a declared need's confidence below 1 (the bound
     * takes it at 1); 0 for receivers found by their activity, whose confidence is fixed.
     */
    double semanticHeadroom;
    /** Receivers whose activity the lookup's pathway names, or is unknown; null when it names none. */
    BitSet agreeing;
    /** Receivers whose activity the lookup's pathway names; null when it names none. */
    BitSet corroborating;
    /** The rule of law that refuses the supply to receivers that feed animals on this lookup, or null. */
    LawRule feederRefusal;
    /** Whether the supply is said broken or damaged ({@code LawRules.broken}): direct reuse then needs a need that says so. */
    boolean supplyBroken;
    /** The next ring to walk. */
    int ring;
    /** Nothing this search has not yet visited lies nearer than this, in km. */
    double covered;
    /** The least distance of the ring being walked. */
    double ringFloor;

    /**
     * What a search needs that depends only on the supply's families (names and confidences) and its waste
     * code, worked out once for all the readings alike (the family itself, with its evidence, is the
     * supply's).
     */
    static final class Start {
        /** The position of the family among the supply's. */
        final int familyPosition;

        final Lookup lookup;
        final IndexedReceivers receivers;
        final BitSet agreeing;
        final BitSet corroborating;
        final Taxonomy taxonomy;
        final double strength;
        final double semanticHeadroom;
        final double boundWithoutQuantity;
        /** The quantity classes of the lookup's receivers. */
        final int[] tags;

        Start(
                int familyPosition,
                Classification family,
                Lookup lookup,
                IndexedReceivers receivers,
                BitSet agreeing,
                BitSet corroborating,
                Taxonomy taxonomy) {
            this.familyPosition = familyPosition;
            this.corroborating = corroborating;
            this.lookup = lookup;
            this.receivers = receivers;
            this.agreeing = agreeing;
            this.taxonomy = taxonomy;
            this.strength = WayOfUse.of(family, lookup.via());
            this.semanticHeadroom = ScoreBounds.semanticHeadroom(family, lookup);
            this.boundWithoutQuantity = ScoreBounds.upperBoundAtLimit(family, lookup, 0);
            this.tags = receivers.grid.distinctTags();
        }
    }

    /** Starts a supply's search through one lookup, with the quantity part of its bound by quantity class. */
    LookupSearch start(Start start, FlowFacts supply, double[] quantityPartByClass) {
        this.family = supply.families().get(start.familyPosition);
        this.taxonomy = start.taxonomy;
        this.lookup = start.lookup;
        this.receivers = start.receivers;
        this.grid = start.receivers.grid;
        this.strength = start.strength;
        this.agreeing = start.agreeing;
        this.corroborating = start.corroborating;
        this.semanticHeadroom = start.semanticHeadroom;
        this.boundWithoutQuantity = start.boundWithoutQuantity;
        this.windowFound = false;
        this.ring = 0;
        this.covered = 0;
        this.ringFloor = 0;
        if (lookup.declared()) {
            this.quantityPartByClass = quantityPartByClass;
            double best = 0;
            for (int tag : start.tags) {
                best = Math.max(best, quantityPartByClass[tag]);
            }
            this.boundAtLimit = boundWithoutQuantity + best;
        } else {
            this.quantityPartByClass = null;
            this.boundAtLimit = boundWithoutQuantity;
        }
        return this;
    }

    double bestPossible(double distanceKm) {
        return ScoreBounds.upperBound(boundAtLimit, distanceKm, lookup.radiusKm());
    }

    /** The bound of a receiver of the given tag at the distance limit. */
    double atLimit(int tag) {
        return quantityPartByClass == null ? boundAtLimit : boundWithoutQuantity + quantityPartByClass[tag];
    }

    /**
     * The semantic part of the score of the receiver at {@code position}, from the index's arrays:
     * exactly as {@link SubstitutionRules#evaluate} works it out from the receiver itself.
     */
    double semantic(int position) {
        if (!lookup.declared()) {
            return ResourceFit.ofActivity(family, lookup);
        }
        return ResourceFit.ofNeed(
                family,
                lookup,
                receivers.needConfidence[position],
                receivers.needFamily[position],
                agreeing == null || agreeing.get(position),
                corroborating != null && corroborating.get(position),
                taxonomy);
    }
}
