package org.symbiose.engine.matching;

/**
 * One way of finding receivers for a supply: look up an index under a key (a family or a NAF code)
 * within a radius, and if found, the receiver may use the supply {@code via} that way.
 */
record Lookup(Target target, String key, Via via, double radiusKm) {

    /** Which receivers the key selects. */
    enum Target {
        /** Declared needs of exactly this family. */
        NEED_OF_FAMILY,
        /** Declared needs of this family or any of its descendants. */
        NEED_WITHIN_FAMILY,
        /** Actors whose NAF code is this code or below it. */
        ACTOR_OF_ACTIVITY,
        /** Actors whose activity profile consumes this family. */
        ACTOR_CONSUMING
    }
}
