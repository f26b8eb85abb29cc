package org.symbiose.engine.matching.output;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the second's length,
 * without the bytes: zlib's {@code crc32_combine}, restated. Appending {@code n} zero bytes to a message is
 * a linear map of its CRC over GF(2), a 32×32 bit matrix; the matrix for {@code n} zeros is built by squaring
 * the one for a single zero bit, once per bit of {@code n}. So that chunks compressed on several cores can
 * sum their own bytes and the gzip trailer still carry the CRC of the whole ({@link ParallelGzip}).
 */
final class Crc32Combine {

    /** The reflected polynomial of CRC-32 (IEEE 802.3), as {@link java.util.zip.CRC32} uses it. */
    private static final int POLYNOMIAL = 0xedb88320;

    private Crc32Combine() {}

    /** The CRC-32 of A followed by B, given CRC-32 of A, CRC-32 of B and the length of B in bytes. */
    static int combine(int crcA, int crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        int[] even = new int[32];
        int[] odd = new int[32];
        // The operator for one zero bit.
        odd[0] = POLYNOMIAL;
        int row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        int crc = crcA;
        long n = lengthB;
        // The first squaring gives one zero byte, each further one doubles it.
        do {
            square(even, odd);
            if ((n & 1) != 0) {
                crc = times(even, crc);
            }
            n >>>= 1;
            if (n == 0) {
                break;
            }
            square(odd, even);
            if ((n & 1) != 0) {
                crc = times(odd, crc);
            }
            n >>>= 1;
        } while (n != 0);
        return crc ^ crcB;
    }

    private static int times(int[] matrix, int vector) {
        int sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(int[] square, int[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
