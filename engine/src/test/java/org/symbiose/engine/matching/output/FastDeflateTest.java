package org.symbiose.engine.matching.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;

/**
 * What the engine's own compressor writes, any inflater reads back to the same bytes, whatever the chunk
 * holds (nothing, one byte, runs, noise, repeats at the window's edge), chunk after chunk with the same
 * tables; and on the candidates' JSON it is as small as zlib's fastest level.
 */
class FastDeflateTest {

    @Test
    void everyKindOfChunkReadsBackAsItWasWritten() throws DataFormatException {
        var random = new Random(11);
        var deflate = new FastDeflate();
        List<byte[]> chunks = new ArrayList<>();
        chunks.add(new byte[0]);
        chunks.add(new byte[] {42});
        chunks.add("abc".getBytes(StandardCharsets.UTF_8));
        chunks.add(new byte[1 << 20]); // a run of zeros: matches at distance 1, 258 bytes each
        byte[] noise = new byte[300_000];
        random.nextBytes(noise);
        chunks.add(noise); // no match: every byte a literal
        chunks.add(noise); // the same chunk again: the previous chunk's places must not be used
        chunks.add(repeatedAt(32_768, random)); // repeats at the farthest distance deflate allows
        chunks.add(repeatedAt(32_769, random)); // and one byte beyond it
        for (int size : new int[] {4, 5, 7, 8, 9, 255, 258, 259, 4_095, 65_537}) {
            chunks.add(words(size, random));
        }
        for (byte[] chunk : chunks) {
            assertThat(inflated(deflate, chunk)).isEqualTo(chunk);
        }
    }

    @Test
    void skewedFrequenciesGetCodesOfAtMostFifteenBitsThatFillTheCodeSpace() throws DataFormatException {
        // Fibonacci frequencies make a Huffman tree as deep as there are symbols: 25 levels here.
        int[] frequencies = new int[286];
        int a = 1;
        int b = 1;
        for (int s = 0; s < 25; s++) {
            frequencies[s] = a;
            int next = a + b;
            a = b;
            b = next;
        }
        var code = new HuffmanCode(286, 15);
        code.build(frequencies);

        double kraft = 0;
        for (int s = 0; s < 286; s++) {
            assertThat(code.lengths[s]).isBetween(frequencies[s] > 0 ? 1 : 0, 15);
            kraft += code.lengths[s] == 0 ? 0 : Math.pow(2, -code.lengths[s]);
        }
        assertThat(kraft).isEqualTo(1.0);

        // The same skew in a chunk, shuffled so that few four-byte repeats absorb it.
        var random = new Random(5);
        var bytes = new ByteArrayOutputStream();
        for (int s = 0; s < 25; s++) {
            for (int n = 0; n < Math.min(frequencies[s], 40_000); n++) {
                bytes.write(s);
            }
        }
        byte[] chunk = bytes.toByteArray();
        for (int i = chunk.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            byte t = chunk[i];
            chunk[i] = chunk[j];
            chunk[j] = t;
        }
        assertThat(inflated(new FastDeflate(), chunk)).isEqualTo(chunk);
    }

    @Test
    void theHashTableStartsAgainBeforeItsPositionsOverflow() throws DataFormatException {
        var random = new Random(3);
        var deflate = new FastDeflate(Integer.MAX_VALUE - 500_000);
        for (int i = 0; i < 6; i++) {
            byte[] chunk = words(200_000, random);
            assertThat(inflated(deflate, chunk)).isEqualTo(chunk);
        }
    }

    @Test
    void theCandidatesJsonIsAsSmallAsZlibsFastestLevelMakesIt() throws IOException, DataFormatException {
        var territory = TerritoryGenerator.standard().generate(TerritoryOptions.of(2_000, 3));
        MatchResult result = new Matcher(KnowledgeBase.load()).match(territory, MatchOptions.defaults());
        var json = new ByteArrayOutputStream();
        MatchJsonWriter.write(result, ByteSink.plain(json), ReasonLanguages.FR, Progress.SILENT);
        byte[] all = json.toByteArray();
        assertThat(all.length).isGreaterThan(10_000_000);

        var deflate = new FastDeflate();
        var zlib = new Deflater(Deflater.BEST_SPEED, true);
        byte[] zlibOut = new byte[1 << 20];
        long ours = 0;
        long theirs = 0;
        int chunk = 200_000;
        for (int from = 0; from < all.length; from += chunk) {
            byte[] part = Arrays.copyOfRange(all, from, Math.min(all.length, from + chunk));
            assertThat(inflated(deflate, part)).isEqualTo(part);
            ours += deflate.deflate(part, part.length);
            zlib.reset();
            zlib.setInput(part);
            theirs += zlib.deflate(zlibOut, 0, zlibOut.length, Deflater.SYNC_FLUSH);
        }
        assertThat((double) ours).isLessThan(theirs * 1.05).isLessThan(all.length / 4.0);
    }

    /** The chunk deflated, then inflated by the JDK's zlib; the stream must not be marked finished. */
    private static byte[] inflated(FastDeflate deflate, byte[] chunk) throws DataFormatException {
        int length = deflate.deflate(chunk, chunk.length);
        var inflater = new Inflater(true);
        inflater.setInput(Arrays.copyOf(deflate.output(), length));
        byte[] back = new byte[chunk.length + 16];
        int read = 0;
        while (!inflater.needsInput() && read < back.length) {
            read += inflater.inflate(back, read, back.length - read);
        }
        assertThat(inflater.finished()).isFalse();
        assertThat(inflater.getRemaining()).isZero();
        return Arrays.copyOf(back, read);
    }

    /** Random text of the given size whose second half repeats its first at {@code distance} bytes. */
    private static byte[] repeatedAt(int distance, Random random) {
        byte[] first = words(distance, random);
        byte[] chunk = Arrays.copyOf(first, 2 * distance);
        System.arraycopy(first, 0, chunk, distance, distance);
        return chunk;
    }

    private static byte[] words(int size, Random random) {
        String[] words = {"gisement ", "chaleur fatale ", "« palettes »\u00a0", "40 °C ", "{\"rank\": ", "é"};
        var text = new StringBuilder();
        while (text.length() < size) {
            text.append(random.nextInt(4) == 0 ? Integer.toString(random.nextInt(100_000)) : words[random.nextInt(6)]);
        }
        return Arrays.copyOf(text.toString().getBytes(StandardCharsets.UTF_8), size);
    }
}
