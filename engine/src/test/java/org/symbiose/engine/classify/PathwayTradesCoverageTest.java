package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every NACE code that a pathway names as a user of a resource ({@code pathways.csv}, column {@code receiver_naf})
 * has at least {@link #TERMS_PER_LANGUAGE} terms in French and as many in English in the activity vocabulary, so
 * that a receiver found "through its activity" (prospective leads, small parks, data without codes) is found
 * whichever way its trade is written. A code counts the terms of the codes under it ({@code 10.71C} counts for
 * {@code 10.71}, every class of division 42 counts for {@code 42}); a term in {@code both} languages counts once
 * for each.
 */
class PathwayTradesCoverageTest {

    static final int TERMS_PER_LANGUAGE = 3;

    /**
     * Codes allowed fewer terms, each with the reason (a trade that truly has no other name in that language). Empty
     * since the session of 2026-12-07 (evening): every code the pathways name has its three and three. A code added
     * here must say why, as {@code Map.entry("xx.xx", "the reason")}.
     */
    static final Map<String, String> EXCEPTIONS = Map.ofEntries();

    @Test
    void everyTradeThePathwaysNameHasThreeTermsInEachLanguage() {
        List<String> poor = new ArrayList<>();
        List<CSVRecord> terms = rows("/org/symbiose/engine/classify/activity-terms.csv");
        for (String code : receiverCodes()) {
            long french = count(terms, code, "fr");
            long english = count(terms, code, "en");
            if ((french < TERMS_PER_LANGUAGE || english < TERMS_PER_LANGUAGE) && !EXCEPTIONS.containsKey(code)) {
                poor.add(code + " (" + french + " fr, " + english + " en)");
            }
        }
        assertThat(poor)
                .as("codes named by pathways with fewer than three terms in a language")
                .isEmpty();
    }

    @Test
    void everyExceptionIsStillNamedAndStillNeeded() {
        List<CSVRecord> terms = rows("/org/symbiose/engine/classify/activity-terms.csv");
        Set<String> named = receiverCodes();
        EXCEPTIONS.forEach((code, reason) -> {
            assertThat(reason).as("reason of " + code).isNotBlank();
            assertThat(named).as("pathways name " + code).contains(code);
            assertThat(count(terms, code, "fr") >= TERMS_PER_LANGUAGE && count(terms, code, "en") >= TERMS_PER_LANGUAGE)
                    .as(code + " is covered now: remove its exception")
                    .isFalse();
        });
    }

    @Test
    void theCountGoesDownToSubClassesAndReadsBothLanguages() {
        List<CSVRecord> terms = rows("/org/symbiose/engine/classify/activity-terms.csv");
        // "cimenterie" (fr) and "cement works" (en) stand for 23.51; division 23 counts them too.
        assertThat(count(terms, "23.51", "fr")).isPositive();
        assertThat(count(terms, "23", "fr")).isGreaterThan(count(terms, "23.51", "fr"));
        // 10.71C ("boulangerie" and its kin) counts for 10.71.
        assertThat(count(terms, "10.71", "fr")).isGreaterThanOrEqualTo(TERMS_PER_LANGUAGE);
        assertThat(receiverCodes()).hasSizeGreaterThan(200).contains("46.77", "42.99", "88.99");
    }

    /** Terms of a language standing for this code or a code under it. */
    private static long count(List<CSVRecord> terms, String code, String language) {
        return terms.stream()
                .filter(t -> t.get("nace").startsWith(code))
                .filter(t ->
                        t.get("language").equals(language) || t.get("language").equals("both"))
                .count();
    }

    private static Set<String> receiverCodes() {
        Set<String> codes = new TreeSet<>();
        for (CSVRecord pathway : rows("/org/symbiose/engine/knowledge/pathways.csv")) {
            for (String code : pathway.get("receiver_naf").split("\\|")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        return codes;
    }

    private static List<CSVRecord> rows(String resource) {
        InputStream stream = PathwayTradesCoverageTest.class.getResourceAsStream(resource);
        assertThat(stream).as(resource).isNotNull();
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
