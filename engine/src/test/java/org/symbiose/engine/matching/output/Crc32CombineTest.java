package org.symbiose.engine.matching.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The CRC of a whole, combined from its parts', is the CRC the whole has. */
class Crc32CombineTest {

    @Test
    void theCrcOfTwoPartsCombinedIsTheCrcOfBothOneAfterTheOther() {
        var random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            byte[] whole = new byte[random.nextInt(trial < 20 ? 4 : 70_000)];
            random.nextBytes(whole);
            int cut = whole.length == 0 ? 0 : random.nextInt(whole.length + 1);

            int combined = Crc32Combine.combine(crc(whole, 0, cut), crc(whole, cut, whole.length), whole.length - cut);

            assertThat(combined).as("%d bytes cut at %d", whole.length, cut).isEqualTo(crc(whole, 0, whole.length));
        }
    }

    private static int crc(byte[] bytes, int from, int to) {
        var crc = new CRC32();
        crc.update(bytes, from, to - from);
        return (int) crc.getValue();
    }
}
