package org.symbiose.engine.matching.search;

import java.util.Comparator;
import org.symbiose.engine.matching.Proposal;
import org.symbiose.engine.matching.Via;

/**
 * The order of proposals the search and its all-pairs baseline share: higher score first, then a fixed order
 * of ties, so that both give the same answer whatever the order in which they met the proposals.
 */
final class ProposalOrder {

    private ProposalOrder() {}

    /** Higher score first, then an arbitrary but fixed order; scores are compared first, without detours. */
    static final Comparator<Proposal> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        return byScore != 0 ? byScore : ProposalOrder.TIES.compare(a, b);
    };

    /**
     * Ties between proposals of the same receiving actor: by need, need family, supply family, way of use.
     * Written out rather than chained, as the search breaks such ties for every receiver met twice.
     */
    private static final Comparator<Proposal> SAME_ACTOR_TIES = ProposalOrder::sameActorTies;

    private static int sameActorTies(Proposal a, Proposal b) {
        int byNeed = needId(a).compareTo(needId(b));
        if (byNeed != 0) {
            return byNeed;
        }
        int byNeedFamily = needFamily(a).compareTo(needFamily(b));
        if (byNeedFamily != 0) {
            return byNeedFamily;
        }
        int bySupplyFamily =
                a.supplyFamily().family().compareTo(b.supplyFamily().family());
        return bySupplyFamily != 0 ? bySupplyFamily : compareVias(a.via(), b.via());
    }

    private static String needId(Proposal p) {
        return p.receiver().isDeclared() ? p.receiver().need().id() : "";
    }

    private static String needFamily(Proposal p) {
        return p.receiver().isDeclared() ? p.receiver().needFamily().family() : "";
    }

    private static final Comparator<Proposal> TIES = Comparator.comparingDouble(Proposal::score)
            .reversed()
            .thenComparing(Proposal::receiverKey)
            .thenComparing(SAME_ACTOR_TIES);

    /** Ways of use by kind (activity, direct, pathway), then by their family or pathway id. */
    private static int compareVias(Via a, Via b) {
        int byKind = Integer.compare(viaKind(a), viaKind(b));
        return byKind != 0 ? byKind : viaName(a).compareTo(viaName(b));
    }

    private static int viaKind(Via via) {
        return via instanceof Via.ByActivity ? 0 : via instanceof Via.Direct ? 1 : 2;
    }

    private static String viaName(Via via) {
        if (via instanceof Via.ByPathway byPathway) {
            return byPathway.pathway().id();
        }
        if (via instanceof Via.Direct direct) {
            return direct.family();
        }
        return ((Via.ByActivity) via).family();
    }

    /**
     * The better of two proposals of the same receiving actor, either possibly null: in {@link #BEST_FIRST}'s
     * order, the receiver's key (the same for both) not compared.
     */
    static Proposal better(Proposal a, Proposal b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int byScore = Double.compare(b.score(), a.score());
        return (byScore != 0 ? byScore : SAME_ACTOR_TIES.compare(a, b)) <= 0 ? a : b;
    }
}
