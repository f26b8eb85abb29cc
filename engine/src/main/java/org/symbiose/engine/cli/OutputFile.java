package org.symbiose.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.symbiose.engine.matching.output.ByteSink;

/**
 * The file a command writes its result to, in UTF-8, compressed with gzip when its name ends in {@code .gz}:
 * the candidates of a large territory are very repetitive text that gzip shrinks tenfold or more.
 */
final class OutputFile {

    private static final int BUFFER_BYTES = 1 << 16;

    private OutputFile() {}

    static Writer open(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (compressed(file)) {
            stream = new FastGzip(stream);
        }
        // Buffered for writers that hand small pieces (the CSV printer); large blocks go straight through.
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER_BYTES);
    }

    /** Whether the file is to be compressed with gzip (its name ends in {@code .gz}). */
    static boolean compressed(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * The file opened for a writer that renders bytes on every core ({@link ByteSink}): compressed with gzip
     * chunk by chunk on every core when its name ends in {@code .gz}. The caller closes the stream.
     */
    static OutputStream stream(Path file) throws IOException {
        return new java.io.BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
    }

    static ByteSink sink(Path file, OutputStream stream) {
        return compressed(file) ? ByteSink.gzip(stream) : ByteSink.plain(stream);
    }

    /**
     * Gzip at the fastest level: the default level took 2.3 times the processor time for a file a quarter
     * smaller, and compressing is the slowest part of writing (docs/performance.md, "Writing the candidates").
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER_BYTES);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
