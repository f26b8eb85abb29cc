package org.symbiose.engine.matching;

import org.symbiose.engine.knowledge.Pathway;

/** Why a receiver may use a supply: the same resource, a valorisation pathway, or its activity. */
public sealed interface Via {

    /** The receiver declared a need of this family, which the supply is or belongs to. */
    record Direct(String family) implements Via {}

    /** A reviewed pathway leads from the supply's family to the receiver's need or activity. */
    record ByPathway(Pathway pathway) implements Via {}

    /**
     * The receiver declared nothing, but its activity typically consumes this family; {@code takenAsIs} when
     * things of the family are reused as they are ({@link
     * org.symbiose.engine.knowledge.KnowledgeBase#reusedAsIs}): the trade would take them so.
     */
    record ByActivity(String family, boolean takenAsIs) implements Via {}
}
