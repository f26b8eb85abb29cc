package org.symbiose.engine.matching.output;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Raw DEFLATE (RFC 1951) of one chunk of the candidates' JSON, made for that text: a greedy LZ77 pass with one
 * probe of a hash table (the last place the same four bytes were seen, within 32 KB), then one block of
 * Huffman codes made for the chunk (dynamic codes, limited to 15 bits), ended as a sync flush ends it (an
 * empty stored block, so that the next chunk starts on a byte boundary). Any inflater reads it; the file is
 * a few per cent larger than zlib's fastest level gives, in a fraction of its time: the candidates' JSON
 * repeats long sentences (a pathway's, a need's, the hierarchy's) that one probe finds as well as zlib's
 * chain of four does (docs/performance.md, "session 17").
 *
 * <p>One instance per thread (it keeps its tables from chunk to chunk); not thread-safe.
 */
final class FastDeflate {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int WINDOW = 32768;
    private static final int MIN_MATCH = 4;
    private static final int MAX_MATCH = 258;
    private static final int HASH_BITS = 16;
    private static final int END_OF_BLOCK = 256;
    private static final int LITERALS = 286;
    private static final int DISTANCES = 30;

    private static final int[] LENGTH_BASE = {
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258
    };
    private static final int[] LENGTH_EXTRA = {
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
    };
    private static final int[] DISTANCE_BASE = {
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577
    };
    private static final int[] DISTANCE_EXTRA = {
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
    };
    /** The order in which the code lengths of the code-length alphabet are written (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    /** By match length (3 to 258): its length code's index (0 for code 257). */
    private static final byte[] LENGTH_CODE = new byte[MAX_MATCH + 1];
    /** By distance minus one (0 to 32767): its distance code. */
    private static final byte[] DISTANCE_CODE = new byte[WINDOW];

    static {
        for (int code = 0; code < LENGTH_BASE.length; code++) {
            int last = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] - 1 : MAX_MATCH;
            for (int length = LENGTH_BASE[code]; length <= last; length++) {
                LENGTH_CODE[length] = (byte) code;
            }
        }
        for (int code = 0; code < DISTANCE_BASE.length; code++) {
            int last = code + 1 < DISTANCE_BASE.length ? DISTANCE_BASE[code + 1] - 1 : WINDOW;
            for (int distance = DISTANCE_BASE[code]; distance <= last; distance++) {
                DISTANCE_CODE[distance - 1] = (byte) code;
            }
        }
    }

    /**
     * By hash of four bytes: where they were last seen, as a position in the chunk plus {@link #offset}; a
     * value below the offset was seen in an earlier chunk, so the table needs no clearing between chunks.
     */
    private final int[] head = new int[1 << HASH_BITS];

    private int offset;
    /** The chunk's symbols: a literal byte (below 256) or a match, {@code length << 15 | distance - 1}. */
    private int[] symbols = new int[1 << 16];

    private int symbolCount;
    private final int[] literalFrequencies = new int[LITERALS];
    private final int[] distanceFrequencies = new int[DISTANCES];
    private final HuffmanCode literalCode = new HuffmanCode(LITERALS, 15);
    private final HuffmanCode distanceCode = new HuffmanCode(DISTANCES, 15);
    private final HuffmanCode lengthsCode = new HuffmanCode(19, 7);
    private final int[] lengths = new int[LITERALS + DISTANCES];
    private final int[] lengthSymbols = new int[LITERALS + DISTANCES];
    private final int[] lengthFrequencies = new int[19];

    private byte[] out = new byte[1 << 16];
    private int outUsed;
    private long bits;
    private int bitCount;

    FastDeflate() {
        this(1);
    }

    /** @param offset where the hash table's positions start (a test starts near their end) */
    FastDeflate(int offset) {
        this.offset = offset;
    }

    /**
     * The raw DEFLATE blocks of {@code input[0, length)}, not final, ended on a byte boundary; valid until the
     * next call.
     *
     * @return the number of bytes of {@link #output()}
     */
    int deflate(byte[] input, int length) {
        outUsed = 0;
        bits = 0;
        bitCount = 0;
        room(length + (length >>> 1) + 1024);
        if (length > 0) {
            symbolCount = 0;
            Arrays.fill(literalFrequencies, 0);
            Arrays.fill(distanceFrequencies, 0);
            if (symbols.length < length) {
                symbols = new int[Math.max(length, symbols.length * 2)];
            }
            parse(input, length);
            literalFrequencies[END_OF_BLOCK]++;
            block();
        }
        // An empty stored block, as a sync flush writes it: three bits of header, then the byte boundary.
        put(0, 3);
        put(0, -bitCount & 7);
        flushBits();
        out[outUsed++] = 0;
        out[outUsed++] = 0;
        out[outUsed++] = (byte) 0xff;
        out[outUsed++] = (byte) 0xff;
        return outUsed;
    }

    byte[] output() {
        return out;
    }

    /** Greedy matching: at each place, the last one where the same four bytes were seen, if within reach. */
    private void parse(byte[] in, int length) {
        if (offset > Integer.MAX_VALUE - 2 * length - WINDOW) {
            Arrays.fill(head, 0);
            offset = 1;
        }
        int base = offset;
        int[] table = head;
        int i = 0;
        int last = length - MIN_MATCH;
        while (i <= last) {
            int four = (int) INT.get(in, i);
            int h = (four * 0x9E3779B1) >>> (32 - HASH_BITS);
            int seen = table[h] - base;
            table[h] = i + base;
            if (seen >= 0 && i - seen <= WINDOW && (int) INT.get(in, seen) == four) {
                int match = matchLength(in, seen, i, Math.min(MAX_MATCH, length - i));
                match(match, i - seen);
                // The match's last places are hashed too: what follows a repeated sentence often repeats.
                int end = i + match;
                if (end <= last) {
                    table[((int) INT.get(in, end - 1) * 0x9E3779B1) >>> (32 - HASH_BITS)] = end - 1 + base;
                }
                i = end;
            } else {
                literal(in[i] & 0xff);
                i++;
            }
        }
        while (i < length) {
            literal(in[i] & 0xff);
            i++;
        }
        offset = base + length + WINDOW;
    }

    /** How many bytes from {@code earlier} and {@code at} are the same, at least four, at most {@code max}. */
    private static int matchLength(byte[] in, int earlier, int at, int max) {
        int n = MIN_MATCH;
        while (n + 8 <= max) {
            long difference = (long) LONG.get(in, earlier + n) ^ (long) LONG.get(in, at + n);
            if (difference != 0) {
                return n + (Long.numberOfTrailingZeros(difference) >>> 3);
            }
            n += 8;
        }
        while (n < max && in[earlier + n] == in[at + n]) {
            n++;
        }
        return n;
    }

    private void literal(int b) {
        symbols[symbolCount++] = b;
        literalFrequencies[b]++;
    }

    private void match(int length, int distance) {
        symbols[symbolCount++] = length << 15 | (distance - 1);
        literalFrequencies[257 + LENGTH_CODE[length]]++;
        distanceFrequencies[DISTANCE_CODE[distance - 1]]++;
    }

    /** One block of dynamic Huffman codes holding every symbol of the chunk, then the end of block. */
    private void block() {
        literalCode.build(literalFrequencies);
        distanceCode.build(distanceFrequencies);
        int literalCount = Math.max(257, literalCode.used);
        int distanceCount = Math.max(1, distanceCode.used);
        System.arraycopy(literalCode.lengths, 0, lengths, 0, literalCount);
        System.arraycopy(distanceCode.lengths, 0, lengths, literalCount, distanceCount);
        int runs = runLengths(lengths, literalCount + distanceCount);
        lengthsCode.build(lengthFrequencies);
        int lengthCodeCount = 19;
        while (lengthCodeCount > 4 && lengthsCode.lengths[CODE_LENGTH_ORDER[lengthCodeCount - 1]] == 0) {
            lengthCodeCount--;
        }
        put(0, 1); // not the last block
        put(2, 2); // dynamic Huffman codes
        put(literalCount - 257, 5);
        put(distanceCount - 1, 5);
        put(lengthCodeCount - 4, 4);
        for (int k = 0; k < lengthCodeCount; k++) {
            put(lengthsCode.lengths[CODE_LENGTH_ORDER[k]], 3);
        }
        for (int k = 0; k < runs; k++) {
            int symbol = lengthSymbols[k] & 0x1f;
            int extra = lengthSymbols[k] >>> 5;
            put(lengthsCode.codes[symbol], lengthsCode.lengths[symbol]);
            switch (symbol) {
                case 16 -> put(extra, 2);
                case 17 -> put(extra, 3);
                case 18 -> put(extra, 7);
                default -> {}
            }
        }
        symbolsOut();
        put(literalCode.codes[END_OF_BLOCK], literalCode.lengths[END_OF_BLOCK]);
    }

    private void symbolsOut() {
        int[] litCodes = literalCode.codes;
        int[] litLengths = literalCode.lengths;
        int[] distCodes = distanceCode.codes;
        int[] distLengths = distanceCode.lengths;
        for (int k = 0; k < symbolCount; k++) {
            int symbol = symbols[k];
            if (symbol < 256) {
                put(litCodes[symbol], litLengths[symbol]);
            } else {
                int length = symbol >>> 15;
                int distance = (symbol & 0x7fff) + 1;
                int lc = LENGTH_CODE[length];
                put(
                        litCodes[257 + lc] | (length - LENGTH_BASE[lc]) << litLengths[257 + lc],
                        litLengths[257 + lc] + LENGTH_EXTRA[lc]);
                int dc = DISTANCE_CODE[distance - 1];
                put(
                        distCodes[dc] | (distance - DISTANCE_BASE[dc]) << distLengths[dc],
                        distLengths[dc] + DISTANCE_EXTRA[dc]);
            }
        }
    }

    /**
     * The code lengths of both alphabets as symbols of the code-length alphabet (RFC 1951, 3.2.7): a length,
     * 16 (the previous length 3 to 6 times more), 17 (3 to 10 zeros), 18 (11 to 138 zeros), each with its
     * extra bits above the fifth bit; counts them into {@link #lengthFrequencies}.
     *
     * @return how many symbols
     */
    private int runLengths(int[] values, int count) {
        Arrays.fill(lengthFrequencies, 0);
        int n = 0;
        int i = 0;
        while (i < count) {
            int value = values[i];
            int run = 1;
            while (i + run < count && values[i + run] == value) {
                run++;
            }
            i += run;
            if (value == 0) {
                while (run >= 11) {
                    int r = Math.min(run, 138);
                    n = lengthSymbol(n, 18, r - 11);
                    run -= r;
                }
                if (run >= 3) {
                    n = lengthSymbol(n, 17, run - 3);
                    run = 0;
                }
            } else {
                n = lengthSymbol(n, value, 0);
                run--;
                while (run >= 3) {
                    int r = Math.min(run, 6);
                    n = lengthSymbol(n, 16, r - 3);
                    run -= r;
                }
            }
            for (; run > 0; run--) {
                n = lengthSymbol(n, value, 0);
            }
        }
        return n;
    }

    private int lengthSymbol(int n, int symbol, int extra) {
        lengthSymbols[n] = symbol | extra << 5;
        lengthFrequencies[symbol]++;
        return n + 1;
    }

    /** Appends the low {@code count} bits of {@code value} (count + pending bits at most 64). */
    private void put(int value, int count) {
        bits |= (long) value << bitCount;
        bitCount += count;
        if (bitCount >= 32) {
            room(4);
            INT.set(out, outUsed, (int) bits);
            outUsed += 4;
            bits >>>= 32;
            bitCount -= 32;
        }
    }

    private void flushBits() {
        room(8);
        while (bitCount > 0) {
            out[outUsed++] = (byte) bits;
            bits >>>= 8;
            bitCount -= 8;
        }
        bitCount = 0;
        bits = 0;
    }

    private void room(int bytes) {
        if (outUsed + bytes > out.length) {
            out = Arrays.copyOf(out, Math.max(outUsed + bytes, out.length * 2));
        }
    }
}
