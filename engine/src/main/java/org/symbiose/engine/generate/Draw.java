package org.symbiose.engine.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Random draws of the generator, all from one seeded {@link SplittableRandom} so a seed gives one territory. */
final class Draw {

    private static final MathContext TWO_DIGITS = new MathContext(2);

    private Draw() {}

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    static <T> T any(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }

    /** Uniform in [min, max). */
    static double between(SplittableRandom random, double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    /** An index drawn with weights given as running totals (the last is the total weight). */
    static int index(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }

    /** Rounds to two significant digits, as people round the quantities they declare: 1234 -> 1200, 0.0467 -> 0.047. */
    static double roughly(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return BigDecimal.valueOf(value).round(TWO_DIGITS).doubleValue();
    }
}
