package org.symbiose.engine.cli;

import java.io.PrintWriter;
import org.symbiose.engine.matching.Progress;

/** Prints progress on standard error, at most once per tenth of each stage. */
final class StandardErrorProgress implements Progress {

    private final PrintWriter err;
    private String stage = "";
    private long lastTenth = -1;
    private final long start = System.nanoTime();

    StandardErrorProgress(PrintWriter err) {
        this.err = err;
    }

    private double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public synchronized void report(String newStage, long done, long total) {
        if (!newStage.equals(stage)) {
            stage = newStage;
            lastTenth = -1;
        }
        long tenth = total > 0 ? done * 10 / total : -1;
        if (tenth != lastTenth && (total <= 0 || tenth > lastTenth)) {
            lastTenth = tenth;
            if (total > 0) {
                err.printf("[%5.1f s] %s: %d/%d (%d %%)%n", elapsed(), stage, done, total, done * 100 / total);
            } else {
                err.printf("[%5.1f s] %s: %d%n", elapsed(), stage, done);
            }
            err.flush();
        }
    }
}
