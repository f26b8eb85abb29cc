package org.symbiose.engine.matching.search;

import java.util.Arrays;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.Proposal;
import org.symbiose.engine.matching.Receiver;
import org.symbiose.engine.matching.Refusals;

/**
 * What a thread's searches reuse from one supply to the next, so that a supply's search allocates
 * little but its proposals: at a million flows, collecting the garbage of searches had taken a fifth
 * of the processors' time. Nothing of one supply is read by the next: each use starts it afresh.
 */
final class SearchWorkspace {
    LookupSearch[] searches = new LookupSearch[0];
    double[] quantityPartByClass = new double[0];
    SearchQueue leastAdvanced = new SearchQueue(32);
    final GeoGrid.Cells cells = new GeoGrid.Cells();
    final IntTable<Met> met = new IntTable<>();
    Met[] mets = new Met[0];
    int metsUsed;
    final MetQueue nearestFirst = new MetQueue();
    final long[] counts = new long[2];
    /** What this supply's search refused pair by pair, added to the run's refusals at its end. */
    final Refusals.OfOneSupply refused = new Refusals.OfOneSupply();

    final VarietyFloor floor = new VarietyFloor();

    /**
     * Empties what the last supply left (a search ended by a failure may have left more than usual), with
     * room for {@code quantityClasses} quantity parts.
     */
    SearchWorkspace begin(int quantityClasses) {
        if (quantityPartByClass.length != quantityClasses) {
            quantityPartByClass = new double[quantityClasses];
        }
        leastAdvanced.clear();
        met.clear();
        metsUsed = 0;
        nearestFirst.clear();
        counts[0] = 0;
        counts[1] = 0;
        refused.clear();
        return this;
    }

    LookupSearch search(int i) {
        if (i >= searches.length) {
            int from = searches.length;
            searches = Arrays.copyOf(searches, Math.max(2 * from, i + 1));
            for (int k = from; k < searches.length; k++) {
                searches[k] = new LookupSearch();
            }
        }
        return searches[i];
    }

    Met met(ActorFacts actor, double distanceKm) {
        if (metsUsed == mets.length) {
            int from = mets.length;
            mets = Arrays.copyOf(mets, Math.max(64, 2 * from));
            for (int k = from; k < mets.length; k++) {
                mets[k] = new Met();
            }
        }
        return mets[metsUsed++].meet(actor, distanceKm);
    }

    /** The proposals met for one receiving actor, by route, until every search has gone past it. */
    static final class Met {
        ActorFacts actor;
        /** The actor's index, kept apart so that the search need not read the actor. */
        int actorIndex;

        double distanceKm;
        Proposal declared;
        Proposal byPathway;
        Proposal byActivity;
        /** Whether a declared need, or a pathway's activity, of the actor answers a lookup: null until asked. */
        Boolean reachedByNeed;
        /**
         * The first of its declared needs that a lookup reaches as the resource itself, lawfully, and that admits the
         * supply (asked with the above), null when none.
         */
        Receiver admittingNeed;
        /** Whether one of its needs admitting the supply asked for a use a pathway puts it to ({@code Reach#namesAUse}). */
        boolean needThroughPathway;

        Boolean reachedByPathway;

        Met meet(ActorFacts actor, double distanceKm) {
            this.actor = actor;
            this.actorIndex = actor.index();
            this.distanceKm = distanceKm;
            declared = null;
            byPathway = null;
            byActivity = null;
            reachedByNeed = null;
            admittingNeed = null;
            needThroughPathway = false;
            reachedByPathway = null;
            return this;
        }
    }
}
