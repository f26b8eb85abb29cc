package org.symbiose.engine.matching;

import org.symbiose.engine.knowledge.Pathway;

/** Why a receiver may use a supply: the same resource, a valorisation pathway, or its activity. */
public sealed interface Via {

    /** The receiver declared a need of this family, which the supply is or belongs to. */
    record Direct(String family) implements Via {}

    /** A reviewed pathway leads from the supply's family to the receiver's need or activity. */
    record ByPathway(Pathway pathway) implements Via {}

    /** The receiver declared nothing, but its activity typically consumes this family. */
    record ByActivity(String family) implements Via {}
}
