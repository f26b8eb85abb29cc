package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;

/**
 * A result's candidates read batch after batch for a writer: while one batch is written, the next one's
 * reasons are put into words on the other cores, so that writing and explaining overlap.
 */
final class CandidateBatches {

    /** Told each candidate in rank order. */
    @FunctionalInterface
    interface Sink {
        void accept(Candidate candidate) throws IOException;
    }

    static final String STAGE = "writing candidates";
    private static final int BATCH = 4096;

    private CandidateBatches() {}

    static void forEach(MatchResult result, ReasonLanguages languages, Progress progress, Sink sink)
            throws IOException {
        int size = result.candidates().size();
        progress.report(STAGE, 0, size);
        CompletableFuture<List<Candidate>> next = size > 0 ? batch(result, 0, languages) : null;
        for (int from = 0; from < size; from += BATCH) {
            List<Candidate> batch = join(next);
            next = from + BATCH < size ? batch(result, from + BATCH, languages) : null;
            for (Candidate candidate : batch) {
                sink.accept(candidate);
            }
            progress.report(STAGE, from + batch.size(), size);
        }
    }

    private static CompletableFuture<List<Candidate>> batch(MatchResult result, int from, ReasonLanguages languages) {
        int to = Math.min(result.candidates().size(), from + BATCH);
        return CompletableFuture.supplyAsync(() -> IntStream.range(from, to)
                .parallel()
                .mapToObj(i -> result.candidate(i, languages))
                .toList());
    }

    /** The batch, or the failure that made it, as it was thrown. */
    private static List<Candidate> join(CompletableFuture<List<Candidate>> batch) {
        try {
            return batch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
