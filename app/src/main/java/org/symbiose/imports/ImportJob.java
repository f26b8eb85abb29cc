package org.symbiose.imports;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.symbiose.engine.exchange.DatasetError;
import org.symbiose.engine.matching.Progress;
import org.symbiose.ids.InitiativeId;

/**
 * One upload of one facilitator, from reading to its preview and, once confirmed, its writing. Held in
 * memory between the upload and the confirmation ({@link ImportJobs}, docs/decisions/0017); read by the
 * page's progress endpoint while a background thread works on it.
 */
public final class ImportJob implements Progress {

    /** Where the import stands. */
    public enum State {
        /** Reading and checking the file, then comparing it with the initiative's data. */
        READING,
        /** The preview is ready, waiting for confirmation. */
        READY,
        /** The file has errors: nothing can be imported. */
        INVALID,
        /** Writing, after confirmation. */
        APPLYING,
        /** Written. */
        APPLIED,
        /** Refused: the initiative's data changed between the preview and the confirmation. */
        CONFLICT,
        /** Failed for a reason of the server's (logged); nothing was written. */
        FAILED;

        public boolean working() {
            return this == READING || this == APPLYING;
        }
    }

    private final String id;
    private final String owner;
    private final InitiativeId initiativeId;
    private final String fileName;
    private final AtomicReference<State> state = new AtomicReference<>(State.READING);
    private volatile Instant touched;
    private volatile String stage = "reading";
    private volatile long done;
    private volatile long total = -1;
    private volatile ImportPlan plan;
    private volatile List<DatasetError> errors = List.of();
    private volatile ImportSummary summary;

    ImportJob(String id, String owner, InitiativeId initiativeId, String fileName, Instant now) {
        this.id = id;
        this.owner = owner;
        this.initiativeId = initiativeId;
        this.fileName = fileName;
        this.touched = now;
    }

    @Override
    public void report(String stage, long done, long total) {
        this.stage = stage.startsWith("reading") ? "reading" : stage;
        this.done = done;
        this.total = total;
    }

    void ready(ImportPlan plan) {
        this.plan = plan;
        state.set(State.READY);
    }

    void invalid(List<DatasetError> errors) {
        this.errors = List.copyOf(errors);
        state.set(State.INVALID);
    }

    /** Takes the preview for writing: true for exactly one confirmation. */
    boolean claim() {
        return state.compareAndSet(State.READY, State.APPLYING);
    }

    void applied(ImportSummary summary) {
        this.summary = summary;
        this.plan = null; // the written rows are no longer needed: free the memory
        state.set(State.APPLIED);
    }

    void end(State end) {
        plan = null;
        state.set(end);
    }

    void touch(Instant now) {
        touched = now;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public InitiativeId initiativeId() {
        return initiativeId;
    }

    public String fileName() {
        return fileName;
    }

    public State state() {
        return state.get();
    }

    public Instant touched() {
        return touched;
    }

    public String stage() {
        return stage;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    public ImportPlan plan() {
        return plan;
    }

    public List<DatasetError> errors() {
        return errors;
    }

    public ImportSummary summary() {
        return summary;
    }
}
