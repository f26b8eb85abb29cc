package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a writer's UTF-8 bytes go, chunk after chunk: each chunk is first {@linkplain #prepare prepared} on
 * whichever core rendered it (copied, or compressed), then {@linkplain #write written} in order on one
 * thread. So that compressing, the slowest part of writing a {@code .gz} file, runs on every core.
 */
public interface ByteSink {

    /**
     * A chunk as it is to be written ({@code encoded}), with the length and CRC-32 of its bytes as rendered
     * (what a gzip trailer sums up; 0 where the sink does not need it).
     */
    record Chunk(byte[] encoded, int rawLength, int rawCrc) {}

    /** Thread-safe: the chunk for the first {@code length} of {@code utf8}, which the caller reuses after. */
    Chunk prepare(byte[] utf8, int length);

    /** Called in the document's order, from one thread at a time. */
    void write(Chunk chunk) throws IOException;

    /** Writes what closes the document (a trailer) and flushes; leaves the stream open. */
    void finish() throws IOException;

    /** The bytes as they are. */
    static ByteSink plain(OutputStream out) {
        return new ByteSink() {
            @Override
            public Chunk prepare(byte[] utf8, int length) {
                return new Chunk(Arrays.copyOf(utf8, length), length, 0);
            }

            @Override
            public void write(Chunk chunk) throws IOException {
                out.write(chunk.encoded());
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    /** The characters, for callers that hold a {@link Writer} (the web application's responses). */
    static ByteSink characters(Writer out) {
        return new ByteSink() {
            @Override
            public Chunk prepare(byte[] utf8, int length) {
                return new Chunk(Arrays.copyOf(utf8, length), length, 0);
            }

            @Override
            public void write(Chunk chunk) throws IOException {
                out.write(new String(chunk.encoded(), StandardCharsets.UTF_8));
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    /** One gzip member, each chunk compressed on its own core (see {@link ParallelGzip}). */
    static ByteSink gzip(OutputStream out) {
        return new ParallelGzip(out);
    }
}
