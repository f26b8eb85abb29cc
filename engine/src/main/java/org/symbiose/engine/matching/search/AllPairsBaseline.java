package org.symbiose.engine.matching.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.matching.Compatibility;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.LawRule;
import org.symbiose.engine.matching.LawRules;
import org.symbiose.engine.matching.Lookup;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.PairGate;
import org.symbiose.engine.matching.Proposal;
import org.symbiose.engine.matching.Receiver;
import org.symbiose.engine.matching.Refusals;
import org.symbiose.engine.matching.RunLookups;
import org.symbiose.engine.matching.SubstitutionRules;
import org.symbiose.engine.matching.Territory;
import org.symbiose.engine.matching.Via;

/**
 * The quadratic baseline of {@link SubstitutionFinder}: every receiver of the territory tested against
 * each supply, with the plain definition of the precedence of routes. The indexed search must give
 * exactly its proposals; tests and benchmarks compare them.
 */
public final class AllPairsBaseline {

    private final Compatibility compatibility;
    private final RunLookups lookups;
    private final List<Receiver> receivers = new ArrayList<>();
    private final LongAdder examined;
    private final LongAdder rejected;
    private final int[] activityOfActor;

    private final Refusals refusals;

    AllPairsBaseline(
            Territory territory, RunLookups lookups, LongAdder examined, LongAdder rejected, Refusals refusals) {
        this.lookups = lookups;
        this.compatibility = lookups.compatibility();
        this.refusals = refusals;
        this.examined = examined;
        this.rejected = rejected;
        activityOfActor = Variety.activityNumbers(territory);
        for (FlowFacts need : territory.demands) {
            for (Classification family : need.families()) {
                receivers.add(Receiver.declared(need, family, compatibility.taxonomy()));
            }
        }
        territory.actors.forEach(actor -> receivers.add(Receiver.byActivity(actor)));
    }

    /** The proposals of one supply that take its {@code topK} places (with or without {@link Variety}). */
    List<Proposal> bestFor(FlowFacts supply, MatchOptions options) {
        var routes = new Routes(supply);
        int traits = compatibility.law().traits(supply);
        for (Classification family : supply.families()) {
            for (Lookup lookup : lookups.of(supply, family)) {
                // A way of use the law refuses to the supply, whoever the receiver, is counted once.
                LawRule refusedToAll = LawRules.refusal(traits, lookup, false);
                boolean answered = false;
                for (Receiver receiver : receivers) {
                    if (compatibility.answers(lookup, receiver)) {
                        answered = true;
                        routes.consider(family, lookup, receiver, traits, refusedToAll != null);
                    }
                }
                if (refusedToAll != null && answered) {
                    refusals.record(refusedToAll, supply, lookup.via());
                } else if (answered && PairGate.refusingWay(supply, lookup) != null) {
                    // Its pairs were refused one by one (SubstitutionRules.evaluate); counted once, as above.
                    refusals.record(PairGate.refusingWay(supply, lookup), supply, lookup.via());
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        routes.finish(proposals::add);
        proposals.sort(ProposalOrder.BEST_FIRST);
        return Variety.kept(proposals, options.topK(), options.variety(), activityOfActor);
    }

    /** Of two declared receivers of one actor, the need first in the territory, then the family first read. */
    private static Receiver first(Receiver a, Receiver b) {
        int byNeed = Integer.compare(a.need().index(), b.need().index());
        if (byNeed != 0) {
            return byNeed < 0 ? a : b;
        }
        List<Classification> families = a.need().families();
        return families.indexOf(a.needFamily()) <= families.indexOf(b.needFamily()) ? a : b;
    }

    /**
     * The proposals of one supply in the all-pairs baseline, the best kept per receiving actor and route. An
     * actor reached through a declared need whose own dates and temperature admit the supply ({@link
     * PairGate#needAdmits}), as the resource itself (not as a use a pathway makes of it: {@link Reach#namesAUse}),
     * on a lookup no rule of law refuses, and whose activity a pathway names keeps the better of the two routes: it asked and its trade uses the resource, so it is at least as good a lead as
     * if it had asked nothing. One whose needs rule the supply out (their dates or temperature, or the law: a
     * pig farm asking for catering waste) is not proposed through its activity: it said what it wants it for;
     * nor is one whose need asked for a use a pathway puts the supply to: it asked for that use, which is shown. An actor reached through a declared need or named by a pathway is not proposed through
     * its generic activity profile (what it declared, the pathway's temperature and hazard rules prevail).
     */
    private final class Routes {
        private final FlowFacts supply;
        private final Map<Integer, Proposal> bestDeclared = new HashMap<>();
        private final Map<Integer, Proposal> bestByPathway = new HashMap<>();
        private final Map<Integer, Proposal> bestByActivity = new HashMap<>();
        private final Set<Integer> reachedByNeed = new HashSet<>();
        /**
         * By actor: its first declared need (in the territory's order of needs, then of the families each was read
         * as) that a lookup reaches as the resource itself ({@link Reach#namesAUse} false), no rule of law refusing
         * it, and that admits the supply ({@link PairGate#needAdmits}).
         */
        private final Map<Integer, Receiver> admittingNeed = new HashMap<>();
        /**
         * Actors one of whose needs admitting the supply asked for a use a pathway puts it to ({@link
         * Reach#namesAUse}), reached lawfully.
         */
        private final Set<Integer> needThroughPathway = new HashSet<>();

        private final Set<Integer> reachedByPathway = new HashSet<>();

        Routes(FlowFacts supply) {
            this.supply = supply;
        }

        /**
         * Judges a receiver of a lookup, refused by the rules of law first: whoever the receiver when
         * {@code refusedToAll}, else when it feeds animals (see {@link LawRules#refusal}).
         */
        void consider(Classification family, Lookup lookup, Receiver receiver, int traits, boolean refusedToAll) {
            examined.increment();
            double distance = supply.actor().distanceKm(receiver.actor());
            int actor = receiver.actor().index();
            if (distance <= lookup.radiusKm()) {
                if (receiver.isDeclared()) {
                    reachedByNeed.add(actor);
                } else if (lookup.via() instanceof Via.ByPathway) {
                    reachedByPathway.add(actor);
                }
            }
            if (refusedToAll) {
                rejected.increment();
                return;
            }
            LawRule refused = LawRules.refusal(traits, lookup, LawRules.feedsAnimals(receiver.actor()));
            if (refused != null) {
                rejected.increment();
                if (distance <= lookup.radiusKm()) {
                    refusals.record(refused, supply, lookup.via());
                }
                return;
            }
            if (receiver.isDeclared()
                    && distance <= lookup.radiusKm()
                    && PairGate.needAdmits(supply, receiver.need())) {
                if (Reach.namesAUse(lookup, compatibility.taxonomy())) {
                    needThroughPathway.add(actor);
                } else {
                    admittingNeed.merge(actor, receiver, AllPairsBaseline::first);
                }
            }
            Proposal proposal =
                    SubstitutionRules.evaluate(supply, family, receiver, lookup, distance, compatibility.taxonomy());
            if (proposal == null) {
                rejected.increment();
                if (distance <= lookup.radiusKm()
                        && receiver.actor() != supply.actor()
                        && supply.hazardous()
                        && PairGate.takesNonHazardousOnly(receiver.actor())
                        && PairGate.refusingWay(supply, lookup) == null) {
                    refusals.record(PairGate.NOT_TO_NON_HAZARDOUS_FACILITY, supply, lookup.via());
                }
                return;
            }
            Map<Integer, Proposal> best = receiver.isDeclared()
                    ? bestDeclared
                    : lookup.via() instanceof Via.ByPathway ? bestByPathway : bestByActivity;
            best.merge(actor, proposal, ProposalOrder::better);
        }

        /** The best proposal of each actor met, routes of lower precedence dropped. */
        void finish(Consumer<Proposal> sink) {
            Map<Integer, Proposal> bestByReceiver = new HashMap<>(bestDeclared);
            bestByPathway.forEach((actor, proposal) -> {
                Receiver need = admittingNeed.get(actor);
                if (!reachedByNeed.contains(actor) || (need != null && !needThroughPathway.contains(actor))) {
                    Proposal chosen = ProposalOrder.better(bestByReceiver.get(actor), proposal);
                    bestByReceiver.put(
                            actor,
                            chosen == proposal && need != null
                                    ? SubstitutionRules.throughTrade(proposal, need)
                                    : chosen);
                }
            });
            bestByActivity.forEach((actor, proposal) -> {
                if (!reachedByNeed.contains(actor) && !reachedByPathway.contains(actor)) {
                    bestByReceiver.merge(actor, proposal, ProposalOrder::better);
                }
            });
            bestByReceiver.values().forEach(sink);
        }
    }
}
