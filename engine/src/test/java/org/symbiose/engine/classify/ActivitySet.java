package org.symbiose.engine.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;

/**
 * The development set of activities ({@code classify/activities.csv}): phrases as companies write them, each
 * with the NACE class a reviewer gives it (empty when the phrase gives no activity: "ND", a company's name).
 *
 * <p>The holdout is decided by the phrase alone, before any tuning: the CRC-32 of its UTF-8 bytes, stripped and
 * lower-cased, divisible by 4 (about a quarter). Tuning looks only at the development part.
 */
record ActivitySet(String activity, String nace, String language) {

    static List<ActivitySet> load() {
        InputStream stream = ActivitySet.class.getResourceAsStream("/classify/activities.csv");
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parser.stream()
                    .map(row -> new ActivitySet(row.get("activity"), row.get("nace"), row.get("language")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean holdout() {
        var crc = new CRC32();
        crc.update(activity.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 4 == 0;
    }

    boolean givesNoActivity() {
        return nace.isEmpty();
    }

    String division() {
        return nace.isEmpty() ? "" : nace.substring(0, 2);
    }
}
