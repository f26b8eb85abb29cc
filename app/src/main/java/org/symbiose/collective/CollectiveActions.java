package org.symbiose.collective;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;

/**
 * Writes a feature's collective actions: each write is kept in its change log with who and when, and
 * makes the computed figures (workshops, group purchases, companies engaged) be counted again. Each
 * feature's service is a subclass, a Spring bean of its own.
 */
public abstract class CollectiveActions<I extends EntityId, A extends CollectiveAction<I>> {

    private final ActionStore<I, A> store;
    private final ActionChangeLog changes;
    private final FiguresService figures;
    private final Clock clock;

    protected CollectiveActions(ActionStore<I, A> store, ActionChangeLog changes, FiguresService figures, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.figures = figures;
        this.clock = clock;
    }

    public List<A> list(InitiativeId initiativeId) {
        return store.listByInitiative(initiativeId);
    }

    /** Empty when the id names none, or an action of another initiative. */
    public Optional<A> find(InitiativeId initiativeId, I id) {
        return store.find(initiativeId, id);
    }

    public List<ActionChange> changes(InitiativeId initiativeId) {
        return changes.latest(initiativeId);
    }

    /** The version a change or deletion must name, -1 when there is no such action any more. */
    public int version(InitiativeId initiativeId, I id) {
        return store.version(initiativeId, id).orElse(-1);
    }

    @Transactional
    public I create(A action, String actor) {
        I id = store.insert(action);
        log(action, actor, ActionChange.Action.CREATED);
        return id;
    }

    /** False when the initiative has no such action at that version (then nothing is written). */
    @Transactional
    public boolean update(A action, int version, String actor) {
        if (!store.update(action, version)) {
            return false;
        }
        log(action, actor, ActionChange.Action.UPDATED);
        return true;
    }

    /** False when the initiative has no such action at that version (then nothing is written). */
    @Transactional
    public boolean delete(A action, int version, String actor) {
        if (!store.delete(action.initiativeId(), action.id(), version)) {
            return false;
        }
        log(action, actor, ActionChange.Action.DELETED);
        return true;
    }

    private void log(A action, String actor, ActionChange.Action what) {
        changes.record(action.initiativeId(), actor, what, action.title(), clock.instant());
        figures.forgetAll();
    }
}
