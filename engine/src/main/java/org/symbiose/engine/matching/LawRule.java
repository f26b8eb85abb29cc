package org.symbiose.engine.matching;

import java.util.Set;
import org.symbiose.engine.knowledge.PathwayUse;
import org.symbiose.engine.knowledge.WasteHierarchy;

/**
 * A rule of law or safety that refuses a way of use to some supplies, with its source, as a
 * facilitator would cite it. Each rule is a small pure function of what a supply is ({@link
 * LawRules} traits) and of what the way of use puts it to: it refuses or lets pass, it never changes a
 * score. Its bound on the score is therefore nothing at all for what it refuses and the score's own
 * bound for what it lets pass: the search drops a refused lookup before walking it, and a refused pair
 * before scoring it.
 *
 * @param id stable identifier, written in the output ({@code catering-waste-not-to-feed})
 * @param trait the {@link LawRules} trait of a supply the rule is about
 */
public record LawRule(
        String id, int trait, String reasonFr, String reasonEn, String sourceFr, String sourceEn, Forbids forbids)
        implements Refusing {

    /** Whether the rule forbids a way of use, given what it is known to put the supply to. */
    @FunctionalInterface
    interface Forbids {
        /**
         * @param uses the pathway's uses; empty for a route that is no pathway (a declared need of the same
         *     resource, an activity that consumes it)
         * @param level the pathway's level in the waste hierarchy; null for a route that is no pathway
         * @param pathway whether the route is a reviewed pathway
         * @param feedsAnimals whether, on a route that is no pathway, the receiver keeps farmed animals or
         *     makes feed, so that the resource would go to feed
         */
        boolean test(Set<PathwayUse> uses, WasteHierarchy level, boolean pathway, boolean feedsAnimals);
    }

    /** Whether the rule refuses a supply of these traits on this way of use. */
    boolean refuses(int traits, Set<PathwayUse> uses, WasteHierarchy level, boolean pathway, boolean feedsAnimals) {
        return (traits & trait) != 0 && forbids.test(uses, level, pathway, feedsAnimals);
    }
}
