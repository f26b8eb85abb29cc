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
 * block and the trailer (CRC-32 and length of the whole, worked out as the chunks are written). Any gzip
 * reader reads one stream; a chunk only loses the previous chunk's last 32 KB as a dictionary, a few per
 * cent of size for chunks of a few hundred kilobytes. Compressing on one core took 60 % more time than
 * writing the plain file (docs/performance.md, "Writing the candidates").
 */
final class ParallelGzip implements ByteSink {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

    /** One compressor per core, reset for each chunk. */
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    private final OutputStream out;
    private final CRC32 crc = new CRC32();
    private long length;
    private boolean started;

    ParallelGzip(OutputStream out) {
        this.out = out;
    }

    @Override
    public Chunk prepare(byte[] utf8, int length) {
        byte[] raw = Arrays.copyOf(utf8, length);
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(raw);
        byte[] encoded = new byte[length / 4 + 64];
        int used = 0;
        while (true) {
            used += deflater.deflate(encoded, used, encoded.length - used, Deflater.SYNC_FLUSH);
            if (used < encoded.length) {
                break;
            }
            encoded = Arrays.copyOf(encoded, encoded.length * 2);
        }
        return new Chunk(raw, Arrays.copyOf(encoded, used));
    }

    @Override
    public void write(Chunk chunk) throws IOException {
        start();
        crc.update(chunk.raw());
        length += chunk.raw().length;
        out.write(chunk.encoded());
    }

    @Override
    public void finish() throws IOException {
        start();
        // The last block: empty, fixed codes, marked final.
        out.write(new byte[] {0x03, 0x00});
        int[] trailer = {(int) crc.getValue(), (int) length};
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
