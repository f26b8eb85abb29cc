package org.symbiose.engine.matching.search;

import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.PairGate;
import org.symbiose.engine.matching.Receiver;
import org.symbiose.engine.matching.ResourceFit;
import org.symbiose.engine.quantity.Dimension;

/**
 * The receivers under one key of the index: their grid, and, in the grid's order, what the search
 * reads of each before it reads the receiver itself. A scan of a cell then reads a few arrays in a row
 * instead of following pointers to objects spread over the heap: at a million flows, that is most of
 * the difference.
 */
public final class IndexedReceivers {

    public final GeoGrid<Receiver> grid;
    /** The receiving actor's index. */
    final int[] actor;
    /** The number of the receiving actor's activity (see {@link ReceiverIndex#activityOf}), -1 when none. */
    final int[] activity;
    /** A declared need's classification confidence; 0 for receivers found by their activity. */
    final double[] needConfidence;
    /** A declared need's family number (see {@link org.symbiose.engine.knowledge.Taxonomy#number}), else -1. */
    final int[] needFamily;
    /** A declared need's yearly quantity in its reference unit, NaN when unknown or not a need. */
    final double[] needPerYear;
    /** The dimension of {@code needPerYear}, null when unknown. */
    final Dimension[] needDimension;
    /** A declared need's temperature in °C, NaN when unknown or not a need. */
    final double[] needTemperatureC;
    /** A declared need's first and last days (see {@link FlowFacts#fromDay}), open when unknown. */
    final long[] needFromDay;

    final long[] needToDay;
    /** Whether each receiver's need says it wants broken things ({@code Receiver.needSaysBroken}): a repairer's, a collector's. */
    final boolean[] needSaysBroken;
    /** The receiving actor's place on the unit sphere (see {@link ActorFacts#x}), for distances. */
    final double[] x;

    final double[] y;
    final double[] z;

    /** By the activities a pathway names: which receivers' activities are among them (see {@link #agreeing}). */
    private final Map<Set<String>, BitSet> agreeing = new ConcurrentHashMap<>();
    /** By the set of activities a pathway names: the receivers whose own activity is one of them. */
    private final Map<Set<String>, BitSet> corroborating = new ConcurrentHashMap<>();

    IndexedReceivers(GeoGrid<Receiver> grid, int[] activityOfActor) {
        this.grid = grid.freeze();
        int size = grid.size();
        actor = new int[size];
        activity = new int[size];
        needConfidence = new double[size];
        needFamily = new int[size];
        needPerYear = new double[size];
        needDimension = new Dimension[size];
        needTemperatureC = new double[size];
        needFromDay = new long[size];
        needToDay = new long[size];
        needSaysBroken = new boolean[size];
        x = new double[size];
        y = new double[size];
        z = new double[size];
        for (int i = 0; i < size; i++) {
            Receiver receiver = grid.item(i);
            actor[i] = receiver.actor().index();
            activity[i] = activityOfActor[actor[i]];
            x[i] = receiver.actor().x();
            y[i] = receiver.actor().y();
            z[i] = receiver.actor().z();
            needFamily[i] = receiver.needFamilyNumber();
            FlowFacts need = receiver.need();
            needPerYear[i] = need == null ? Double.NaN : need.perYear();
            needTemperatureC[i] = need == null ? Double.NaN : need.temperatureC();
            needFromDay[i] = need == null ? PairGate.OPEN_START : need.fromDay();
            needToDay[i] = need == null ? PairGate.OPEN_END : need.toDay();
            if (need != null) {
                needSaysBroken[i] = receiver.needSaysBroken();
                needConfidence[i] = receiver.needFamily().confidence();
                needDimension[i] = need.dimension();
            }
        }
    }

    /**
     * The positions of the receivers whose {@link ResourceFit#activityAgreement} with the lookup is
     * 1; null when it is 1 for every receiver of every lookup alike (no activities named). Worked out once
     * per set of named activities, then shared by every supply.
     */
    BitSet agreeing(Lookup lookup) {
        return positions(agreeing, lookup, receiver -> ResourceFit.activityAgreement(receiver, lookup) == 1);
    }

    /**
     * The positions of the receivers whose own activity the lookup's pathway names ({@link
     * ResourceFit#corroborates}); null when it names none. Worked out once per set of named
     * activities.
     */
    BitSet corroborating(Lookup lookup) {
        return positions(corroborating, lookup, receiver -> ResourceFit.corroborates(receiver, lookup));
    }

    /** The positions of the receivers that pass {@code test}, kept by the lookup's named activities. */
    private BitSet positions(Map<Set<String>, BitSet> byNamed, Lookup lookup, Predicate<Receiver> test) {
        if (!lookup.declared() || lookup.namedActivities().isEmpty()) {
            return null;
        }
        return byNamed.computeIfAbsent(lookup.namedActivities(), named -> {
            var passing = new BitSet(actor.length);
            for (int i = 0; i < actor.length; i++) {
                if (test.test(grid.item(i))) {
                    passing.set(i);
                }
            }
            return passing;
        });
    }
}
