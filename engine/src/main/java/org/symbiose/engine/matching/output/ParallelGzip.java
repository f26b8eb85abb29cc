package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip file (RFC 1952, one member) whose chunks are compressed on every core, as {@code pigz} does: each
 * chunk is deflated on its own ({@link FastDeflate}: zlib's fastest level's size in about half its time on
 * the candidates' JSON) and ended as a sync flush ends it (an empty stored block, so that the next chunk
 * starts on a byte boundary), the chunks are written in order, then an empty final block and the trailer. A chunk only loses the previous chunk's last 32 KB as a dictionary, a few per
 * cent of size for chunks of a few hundred kilobytes. Compressing on one core took 60 % more time than
 * writing the plain file (docs/performance.md, "Writing the candidates").
 *
 * <p>The trailer's CRC-32 of the whole is combined from each chunk's, summed on the core that compressed
 * it ({@link Crc32Combine}): the writing thread keeps neither the chunk's rendered bytes nor a pass over
 * them.
 */
final class ParallelGzip implements ByteSink {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

    /** One compressor per core, its tables and output buffer kept from chunk to chunk. */
    private static final ThreadLocal<FastDeflate> DEFLATERS = ThreadLocal.withInitial(FastDeflate::new);

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
        FastDeflate deflater = DEFLATERS.get();
        int used = deflater.deflate(utf8, length);
        return new Chunk(Arrays.copyOf(deflater.output(), used), length, (int) sum.getValue());
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
