package org.symbiose.engine.matching;

/**
 * A rule that accepts a pair or refuses it with a reason, as a facilitator would say it. It never changes
 * a score: its bound is nothing for what it refuses and the score's own for the rest, so the search drops
 * what it refuses (a whole lookup when the rule can tell from the lookup alone) and combines nothing.
 * The pair gates ({@link PairGate}) and the rules of law and safety ({@link LawRule}) are such rules.
 */
public interface Refusing {

    /** Stable identifier ({@code within-reach}, {@code catering-waste-not-to-feed}). */
    String id();

    String reasonFr();

    String reasonEn();
}
