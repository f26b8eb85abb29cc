package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written number text is, character for character, what the {@code DecimalFormat} writes. */
class DecimalTextTest {

    @Test
    void writesWhatTheFormatWritesForValuesOfEveryScale() {
        var random = new SplittableRandom(13);
        for (int i = 0; i < 100_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-4, 13));
            double value = random.nextDouble() * magnitude;
            assertSame(i % 7 == 0 ? -value : value);
        }
    }

    @Test
    void writesWhatTheFormatWritesForTiesAndNearTies() {
        for (long n = 0; n < 30_000; n++) {
            for (int scale : new int[] {1, 10, 100, 1000}) {
                double tie = (n + 0.5) / scale;
                assertSame(tie);
                assertSame(Math.nextUp(tie));
                assertSame(Math.nextDown(tie));
                assertSame((double) n / scale);
            }
        }
    }

    @Test
    void writesWhatTheFormatWritesForTheEdges() {
        for (double value : new double[] {
            0,
            -0.0,
            1,
            999,
            1000,
            999.95,
            999.949,
            1e12,
            1e12 - 1,
            1e15,
            1e300,
            -1234.5,
            Double.MIN_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            0.05,
            0.005,
            0.0005,
            1.005,
            2.675
        }) {
            assertSame(value);
        }
        assertThat(DecimalText.fr(1234567.25, 1)).isEqualTo("1\u202f234\u202f567,2");
        assertThat(DecimalText.en(1234567.25, 1)).isEqualTo("1,234,567.2");
        assertThat(DecimalText.fr(0.8, 2)).isEqualTo("0,8");
        assertThat(DecimalText.en(1, 2)).isEqualTo("1");
    }

    private static void assertSame(double value) {
        for (int decimals = 0; decimals <= 2; decimals++) {
            String fr = DecimalText.fr(value, decimals);
            String en = DecimalText.en(value, decimals);
            if (!fr.equals(DecimalText.byFormat(value, decimals, true))
                    || !en.equals(DecimalText.byFormat(value, decimals, false))) {
                assertThat(fr + " | " + en)
                        .as("%s with %d decimals", value, decimals)
                        .isEqualTo(DecimalText.byFormat(value, decimals, true) + " | "
                                + DecimalText.byFormat(value, decimals, false));
            }
        }
    }
}
