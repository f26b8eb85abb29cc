package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;

/**
 * A result's candidates read batch after batch for a writer: while one batch is written, the next one's
 * reasons are put into words on the other cores, so that writing and explaining overlap. The JSON writer
 * goes further ({@link #render}): each core also renders its candidates into bytes and prepares them for
 * the file (compressing them for a {@code .gz}), and one thread only writes the bytes in order.
 */
final class CandidateBatches {

    /** Told each candidate in rank order. */
    @FunctionalInterface
    interface Sink {
        void accept(Candidate candidate) throws IOException;
    }

    /** Renders candidate {@code index} (0 for the first) into {@code json}. */
    @FunctionalInterface
    interface Renderer {
        void render(int index, Candidate candidate, Utf8Json json);
    }

    static final String STAGE = "writing candidates";
    private static final int BATCH = 4096;
    /** Candidates a core renders into one chunk: about 200 KB of JSON, a unit of work and of compression. */
    private static final int SLICE = 128;

    /** Each core's buffer, reused from chunk to chunk. */
    private static final ThreadLocal<Utf8Json> BUFFERS = ThreadLocal.withInitial(() -> new Utf8Json(1 << 18));

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

    /**
     * Renders every candidate in rank order into {@code sink}: a batch's slices are explained, rendered and
     * prepared on every core while the previous batch is written by a thread of its own.
     */
    static void render(
            MatchResult result, ReasonLanguages languages, Progress progress, Renderer renderer, ByteSink sink)
            throws IOException {
        int size = result.candidates().size();
        progress.report(STAGE, 0, size);
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "symbiose-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> written = CompletableFuture.completedFuture(null);
            for (int from = 0; from < size; from += BATCH) {
                int start = from;
                int to = Math.min(size, from + BATCH);
                List<ByteSink.Chunk> chunks = IntStream.range(0, (to - from + SLICE - 1) / SLICE)
                        .parallel()
                        .mapToObj(slice -> {
                            Utf8Json json = BUFFERS.get();
                            json.clear();
                            int end = Math.min(to, start + (slice + 1) * SLICE);
                            for (int i = start + slice * SLICE; i < end; i++) {
                                renderer.render(i, result.candidate(i, languages), json);
                            }
                            return sink.prepare(json.bytes(), json.length());
                        })
                        .toList();
                // At most one batch waits to be written while the next is rendered: memory stays bounded.
                await(written);
                written = writer.submit(() -> {
                    for (ByteSink.Chunk chunk : chunks) {
                        try {
                            sink.write(chunk);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    progress.report(STAGE, to, size);
                });
            }
            await(written);
        } finally {
            writer.shutdownNow();
        }
    }

    /** Waits for a write, and throws what failed it as it was thrown. */
    private static void await(Future<?> written) throws IOException {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IOException(e.getCause());
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
