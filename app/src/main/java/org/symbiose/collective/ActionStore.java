package org.symbiose.collective;

import java.util.List;
import java.util.Optional;
import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;

/**
 * Where a feature keeps its collective actions: its repository. A change or deletion names the version
 * it was made from and writes nothing when the action is no longer at that version.
 */
public interface ActionStore<I extends EntityId, A extends CollectiveAction<I>> {

    /** The initiative's actions, most recent first. */
    List<A> listByInitiative(InitiativeId initiativeId);

    /** Empty when the id names none, or an action of another initiative. */
    Optional<A> find(InitiativeId initiativeId, I id);

    /** Empty when the initiative has no such action. */
    Optional<Integer> version(InitiativeId initiativeId, I id);

    I insert(A action);

    /** False when the initiative has no such action at that version (then nothing is written). */
    boolean update(A action, int version);

    /** False when the initiative has no such action at that version (then nothing is deleted). */
    boolean delete(InitiativeId initiativeId, I id, int version);
}
