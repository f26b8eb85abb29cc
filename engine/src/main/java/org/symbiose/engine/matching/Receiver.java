package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Who may receive a supply: a declared need (with the family it was read as), or an actor found
 * through its activity ({@code need} and {@code needFamily} null).
 *
 * @param needFamilyNumber the {@link Taxonomy#number number} of {@code needFamily}, -1 without one
 * @param needSaysBroken whether the need's words ask for broken things ({@link StateWords}: a repairer's
 *     "palettes cassées"), read once per need
 */
public record Receiver(
        ActorFacts actor, FlowFacts need, Classification needFamily, int needFamilyNumber, boolean needSaysBroken) {

    /** A declared need read as {@code family}. */
    public static Receiver declared(FlowFacts need, Classification family, Taxonomy taxonomy) {
        return new Receiver(
                need.actor(), need, family, taxonomy.number(family.family()), LawRules.broken(need.state()));
    }

    /** An actor found through its activity. */
    public static Receiver byActivity(ActorFacts actor) {
        return new Receiver(actor, null, null, -1, false);
    }

    public boolean isDeclared() {
        return need != null;
    }
}
