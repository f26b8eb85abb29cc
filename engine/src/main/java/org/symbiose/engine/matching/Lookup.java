package org.symbiose.engine.matching;

import java.util.BitSet;
import java.util.Set;

/**
 * One way of finding receivers for a supply: look up an index under a key (a family or a NAF code)
 * within a radius, and if found, the receiver may use the supply {@code via} that way.
 *
 * @param bestReceiverFactor the largest factor the receiver side can bring to the semantic part of the
 *     score through this lookup (its confidence times its affinity with the supply, see {@link
 *     ResourceFit#bestReceiverFactor}): what bounds the score of receivers not yet met
 * @param namesBelow for a pathway's lookup, whether the pathway also names a family below {@code key}
 * @param namedFamilies the receiver families a pathway names (empty for other lookups)
 * @param namedActivities the receiver NAF codes a pathway names, in upper case (empty for other lookups)
 * @param supplyFamilyNumber the {@link org.symbiose.engine.knowledge.Taxonomy#number number} of the family the
 *     supply was read as
 * @param keyNumber the number of {@code key} for lookups of declared needs, else -1
 * @param namedFamilyNumbers the numbers of {@code namedFamilies}
 * @param needsOfTheInputs the numbers of the need families that are needs of the material the pathway's users
 *     take in ({@link PairGate#needsOfTheInputs}; none for other lookups): see {@link
 *     PairGate#TRADE_RUNS_THE_PATHWAY}; not to be modified
 * @param namedActivityCodes {@code namedActivities} packed by {@link ShortCodes}, null if one cannot be
 * @param refusingTraits the {@link LawRules} traits of supplies that a rule of law refuses on this lookup,
 *     whatever the receiver: the search does not walk it for them
 * @param refusingTraitsIfFeedingAnimals the same for receivers that keep farmed animals or make feed
 *     ({@link LawRules#feedsAnimals}), which a route that is no pathway would feed
 * @param tradesRunning for a pathway's lookup, the trades that run the pathway for the supply's family ({@link
 *     Trades#running}), else
 *     {@link Trades#ALL}: a company of another trade of its class is not offered the pathway ({@link
 *     PairGate#TRADE_RUNS_ANOTHER_PROCESS})
 * @param serial a number distinct for each lookup of one run's {@link RunLookups}, from 0: where the run
 *     keeps the receivers the lookup finds (see {@code matching.search.ReceiverIndex})
 */
public record Lookup(
        Target target,
        String key,
        Via via,
        double radiusKm,
        double bestReceiverFactor,
        boolean namesBelow,
        Set<String> namedFamilies,
        Set<String> namedActivities,
        int supplyFamilyNumber,
        int keyNumber,
        int[] namedFamilyNumbers,
        BitSet needsOfTheInputs,
        long[] namedActivityCodes,
        int refusingTraits,
        int refusingTraitsIfFeedingAnimals,
        long tradesRunning,
        int serial) {

    public boolean declared() {
        return target == Target.NEED_OF_FAMILY || target == Target.NEED_BELOW_FAMILY;
    }

    /** Which receivers the key selects. */
    public enum Target {
        /** Declared needs of exactly this family. */
        NEED_OF_FAMILY,
        /** Declared needs of a descendant of this family (not of the family itself). */
        NEED_BELOW_FAMILY,
        /** Actors whose NAF code is this code or below it. */
        ACTOR_OF_ACTIVITY,
        /** Actors whose activity profile consumes this family. */
        ACTOR_CONSUMING
    }
}
