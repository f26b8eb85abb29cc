package org.symbiose.engine.matching.output;

import java.util.Arrays;

/**
 * A canonical Huffman code for the frequencies of one alphabet, no code longer than {@code limit} bits,
 * complete (as inflaters require): at least two symbols get a code, a used one and another if only one
 * is used. When a tree grows too deep, the frequencies are halved (rounding up) and the tree made again,
 * as some encoders do: rare, and a few bits lost when it happens.
 */
final class HuffmanCode {
    final int[] lengths;
    /** Bit-reversed, ready to be written least significant bit first. */
    final int[] codes;
    /** One more than the highest symbol with a code. */
    int used;

    private final int limit;
    private final int[] frequencies;
    private final int[] order;
    private final long[] weights;
    private final int[] parents;

    HuffmanCode(int size, int limit) {
        this.limit = limit;
        lengths = new int[size];
        codes = new int[size];
        frequencies = new int[size];
        order = new int[size];
        weights = new long[2 * size];
        parents = new int[2 * size];
    }

    void build(int[] counted) {
        System.arraycopy(counted, 0, frequencies, 0, frequencies.length);
        int present = 0;
        for (int f : frequencies) {
            present += f > 0 ? 1 : 0;
        }
        for (int s = 0; present < 2; s++) {
            if (frequencies[s] == 0) {
                frequencies[s] = 1;
                present++;
            }
        }
        while (!depths()) {
            for (int s = 0; s < frequencies.length; s++) {
                if (frequencies[s] > 0) {
                    frequencies[s] = (frequencies[s] + 1) >>> 1;
                }
            }
        }
        canonical();
    }

    /** The tree's depths into {@link #lengths}; false when one is beyond the limit. */
    private boolean depths() {
        int n = 0;
        for (int s = 0; s < frequencies.length; s++) {
            if (frequencies[s] > 0) {
                // Frequency in the high bits, symbol in the low ones: sorted by frequency, then symbol.
                weights[n++] = (long) frequencies[s] << 32 | s;
            }
        }
        Arrays.sort(weights, 0, n);
        for (int k = 0; k < n; k++) {
            order[k] = (int) weights[k];
            weights[k] >>>= 32;
        }
        // Leaves are nodes 0..n-1 (by weight), inner nodes n..2n-2, made in order of weight.
        int leaf = 0;
        int inner = n;
        int made = n;
        while (made < 2 * n - 1) {
            int a = leaf < n && (inner >= made || weights[leaf] <= weights[inner]) ? leaf++ : inner++;
            int b = leaf < n && (inner >= made || weights[leaf] <= weights[inner]) ? leaf++ : inner++;
            weights[made] = weights[a] + weights[b];
            parents[a] = made;
            parents[b] = made;
            made++;
        }
        // Depths, from the root down, kept in weights (no longer needed).
        int root = 2 * n - 2;
        weights[root] = 0;
        for (int node = root - 1; node >= 0; node--) {
            weights[node] = weights[parents[node]] + 1;
        }
        Arrays.fill(lengths, 0);
        for (int k = 0; k < n; k++) {
            if (weights[k] > limit) {
                return false;
            }
            lengths[order[k]] = (int) weights[k];
        }
        return true;
    }

    /** Codes from lengths (RFC 1951, 3.2.2), bit-reversed. */
    private void canonical() {
        int[] count = new int[limit + 2];
        used = 0;
        for (int s = 0; s < lengths.length; s++) {
            count[lengths[s]]++;
            if (lengths[s] > 0) {
                used = s + 1;
            }
        }
        count[0] = 0;
        int[] next = new int[limit + 2];
        int code = 0;
        for (int bits = 1; bits <= limit; bits++) {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        for (int s = 0; s < lengths.length; s++) {
            int length = lengths[s];
            codes[s] = length == 0 ? 0 : Integer.reverse(next[length]++) >>> (32 - length);
        }
    }
}
