package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip file (RFC 1952, one member) whose chunks are compressed on every core, as {@code pigz} does: each
 * chunk is deflated on its own at the fastest level and ended by a sync flush (an empty stored block, so
 * that the next chunk starts on a byte boundary), the chunks are written in order, then an empty final
 * block and the trailer. A chunk only loses the previous chunk's last 32 KB as a dictionary, a few per
 * cent of size for chunks of a few hundred kilobytes. Compressing on one core took 60 % more time than
 * writing the plain file (docs/performance.md, "Writing the candidates").
 *
 * <p>The trailer's CRC-32 of the whole is combined from each chunk's, summed on the core that compressed
 * it ({@link Crc32Combine}): the writing thread keeps neither the chunk's rendered bytes nor a pass over
 * them.
 */
final class ParallelGzip implements ByteSink {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

    /** One compressor per core, reset for each chunk. */
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    /** One output buffer per core, grown as needed: only the chunk's compressed bytes are copied out. */
    private static final ThreadLocal<byte[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new byte[][] {new byte[1 << 16]});

    private final OutputStream out;
    private int crc;
    private long length;
    private boolean started;

    ParallelGzip(OutputStream out) {
        this.out = out;
    }

    @Override
    public Chunk prepare(byte[] utf8, int length) {
        var sum = new CRC32();
        sum.update(utf8, 0, length);
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8, 0, length);
        byte[][] buffer = BUFFERS.get();
        byte[] encoded = buffer[0];
        int used = 0;
        while (true) {
            used += deflater.deflate(encoded, used, encoded.length - used, Deflater.SYNC_FLUSH);
            if (used < encoded.length) {
                break;
            }
            encoded = Arrays.copyOf(encoded, encoded.length * 2);
            buffer[0] = encoded;
        }
        // Let go of the input: the caller reuses it.
        deflater.setInput(new byte[0]);
        return new Chunk(Arrays.copyOf(encoded, used), length, (int) sum.getValue());
    }

    @Override
    public void write(Chunk chunk) throws IOException {
        start();
        crc = Crc32Combine.combine(crc, chunk.rawCrc(), chunk.rawLength());
        length += chunk.rawLength();
        out.write(chunk.encoded());
    }

    @Override
    public void finish() throws IOException {
        start();
        // The last block: empty, fixed codes, marked final.
        out.write(new byte[] {0x03, 0x00});
        int[] trailer = {crc, (int) length};
        for (int value : trailer) {
            out.write(value);
            out.write(value >>> 8);
            out.write(value >>> 16);
            out.write(value >>> 24);
        }
        out.flush();
    }

    private void start() throws IOException {
        if (!started) {
            out.write(HEADER);
            started = true;
        }
    }
}
