package org.symbiose.opportunities;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.symbiose.engine.matching.Progress;
import org.symbiose.ids.InitiativeId;

/** One run of the engine for an initiative, in the background; its progress is read by the page's polling. */
final class MatchRun implements Progress {

    /** Where the run stands. */
    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        boolean working() {
            return this == QUEUED || this == RUNNING;
        }
    }

    private final String id;
    private final InitiativeId initiativeId;
    private final String owner;
    private final Instant startedAt;
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private volatile String stage = "queued";
    private volatile long done;
    private volatile long total = -1;

    MatchRun(String id, InitiativeId initiativeId, String owner, Instant startedAt) {
        this.id = id;
        this.initiativeId = initiativeId;
        this.owner = owner;
        this.startedAt = startedAt;
    }

    @Override
    public void report(String stage, long done, long total) {
        this.stage = stage;
        this.done = done;
        this.total = total;
    }

    void set(State next) {
        state.set(next);
    }

    String id() {
        return id;
    }

    InitiativeId initiativeId() {
        return initiativeId;
    }

    String owner() {
        return owner;
    }

    Instant startedAt() {
        return startedAt;
    }

    State state() {
        return state.get();
    }

    String stage() {
        return stage;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }
}
