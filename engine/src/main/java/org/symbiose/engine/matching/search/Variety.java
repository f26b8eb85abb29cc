package org.symbiose.engine.matching.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.Proposal;
import org.symbiose.engine.matching.Territory;

/**
 * Which of a supply's proposals take its {@code topK} places when variety is asked for ({@link
 * MatchOptions#variety}, {@code symbiose match --variety}): the best receiver of each activity first,
 * then the best of the others. Five waste collectors that would each take a supply of plastics tell a
 * facilitator less than a collector, a recycler, a compounder and a moulder: a second company of an
 * activity already proposed takes a place only when no other activity comes within {@link #WINDOW} of
 * the best score. The best proposal is always kept first (it is the best of its activity).
 *
 * <p>The rule is written so that the search may skip, exactly, what cannot take a place ({@link
 * VarietyFloor}): a company whose activity already has a better proposal, or that is beaten by the
 * best of {@code topK} other activities, can only take a place left over, so only if it is among the
 * {@code topK} best of all. Not the default: it looks deeper, which at a million flows costs a fifth to
 * a half more time (docs/decisions/0007-variety-among-a-supplys-places.md).
 */
public final class Variety {

    /** How far below the best score the best of another activity still comes first. */
    public static final double WINDOW = 0.3;

    private Variety() {}

    /**
     * By actor index, the number of the actor's activity (its NAF code), numbered from 0 in the order
     * first met; -1 for an actor without one, which counts as an activity of its own.
     */
    static int[] activityNumbers(Territory territory) {
        int[] numbers = new int[territory.actors.size()];
        Map<String, Integer> byCode = new HashMap<>();
        for (ActorFacts actor : territory.actors) {
            numbers[actor.index()] =
                    actor.naf() == null ? -1 : byCode.computeIfAbsent(actor.naf(), code -> byCode.size());
        }
        return numbers;
    }

    /**
     * The places kept among one supply's proposals, given best first ({@link ProposalOrder.BEST_FIRST})
     * with one per receiving actor: without {@code variety}, the first {@code topK}. With it (the
     * receivers' activities numbered by actor index in {@code activityOfActor}): first,
     * going down from the best while within {@link #WINDOW} of it, the first proposal of each activity met,
     * up to {@code topK}; then the best of the others for the places left. Best first.
     */
    static List<Proposal> kept(List<Proposal> bestFirst, int topK, boolean variety, int[] activityOfActor) {
        if (bestFirst.size() <= topK || !variety) {
            return new ArrayList<>(bestFirst.subList(0, Math.min(topK, bestFirst.size())));
        }
        double floor = bestFirst.get(0).score() - WINDOW;
        var kept = new ArrayList<Proposal>(topK);
        var taken = new boolean[bestFirst.size()];
        int[] activities = new int[topK];
        for (int i = 0; i < bestFirst.size() && kept.size() < topK; i++) {
            Proposal p = bestFirst.get(i);
            if (p.score() < floor) {
                break;
            }
            int actor = p.receiver().actor().index();
            int activity = countedAs(actor, activityOfActor[actor]);
            if (!IntTable.containsFirst(activities, kept.size(), activity)) {
                activities[kept.size()] = activity;
                kept.add(p);
                taken[i] = true;
            }
        }
        for (int i = 0; i < bestFirst.size() && kept.size() < topK; i++) {
            if (!taken[i]) {
                kept.add(bestFirst.get(i));
            }
        }
        kept.sort(ProposalOrder.BEST_FIRST);
        return kept;
    }

    /**
     * The activity an actor counts for, given its activity number: that number, or -1 - actor for an
     * actor without one, an activity of its own.
     */
    static int countedAs(int actor, int activity) {
        return activity < 0 ? -1 - actor : activity;
    }
}
