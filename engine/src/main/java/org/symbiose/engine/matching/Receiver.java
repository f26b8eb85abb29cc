package org.symbiose.engine.matching;

import org.symbiose.engine.classify.Classification;

/**
 * Who may receive a supply: a declared need (with the family it was read as), or an actor found
 * through its activity ({@code need} and {@code needFamily} null).
 */
record Receiver(ActorFacts actor, FlowFacts need, Classification needFamily) {

    boolean isDeclared() {
        return need != null;
    }
}
