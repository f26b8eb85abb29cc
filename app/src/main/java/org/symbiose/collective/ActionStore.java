package org.symbiose.collective;

import java.util.List;
import java.util.Optional;

/**
 * Where a feature keeps its collective actions: its repository. A change or deletion names the version
 * it was made from and writes nothing when the action is no longer at that version.
 */
public interface ActionStore<A extends CollectiveAction> {

    /** The initiative's actions, most recent first. */
    List<A> listByInitiative(long initiativeId);

    /** Empty when the id names none, or an action of another initiative. */
    Optional<A> find(long initiativeId, long id);

    /** Empty when the initiative has no such action. */
    Optional<Integer> version(long initiativeId, long id);

    long insert(A action);

    /** False when the initiative has no such action at that version (then nothing is written). */
    boolean update(A action, int version);

    /** False when the initiative has no such action at that version (then nothing is deleted). */
    boolean delete(long initiativeId, long id, int version);
}
