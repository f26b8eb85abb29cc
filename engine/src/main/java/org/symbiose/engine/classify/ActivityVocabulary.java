package org.symbiose.engine.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.search.Language;
import org.symbiose.engine.search.TextAnalysis;

/**
 * The reviewed vocabulary of activities ({@code activity-terms.csv}: "cimenterie" is 23.51, "power plant" is
 * 35.11) and the words that say little or nothing of an activity ({@code activity-words.csv}: answers such as
 * "ND", legal forms, "usine", "plant", abbreviations such as "fab." or "transp."). See the README beside them.
 */
final class ActivityVocabulary {

    /** What a word of an activity text is, when it is not an ordinary word. */
    enum WordKind {
        /** An answer that gives no activity: "ND", "n.c.", "inconnu". */
        NO_ANSWER,
        /** A legal form or a company-name filler: "SARL", "Ets", "et fils". */
        LEGAL_FORM,
        /** A word of every activity: "usine", "plant", "fabrication"; it may complete a term but explains nothing. */
        GENERIC,
        /** A shortened word, read as its expansion. */
        ABBREVIATION
    }

    /** A term of the vocabulary: its NAF code and its words, each as the forms it may take. */
    record Term(NafCode naf, String text, List<Set<String>> words) {}

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final List<Term> terms = new ArrayList<>();
    private final Map<String, List<Term>> termsByForm = new HashMap<>();
    private final Map<String, WordKind> kinds = new HashMap<>();
    private final Map<String, List<String>> expansions = new HashMap<>();

    ActivityVocabulary(NafCatalogue catalogue) {
        for (CSVRecord row : read("activity-words.csv")) {
            String word = TextAnalysis.phrase(row.get("word"));
            WordKind kind = WordKind.valueOf(
                    row.get("kind").toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            kinds.put(word, kind);
            if (kind == WordKind.ABBREVIATION) {
                expansions.put(word, TextAnalysis.words(row.get("meaning")));
            }
        }
        for (CSVRecord row : read("activity-terms.csv")) {
            NafCode naf = catalogue
                    .find(row.get("nace"))
                    .filter(code -> code.level() == NafCode.Level.CLASS || code.level() == NafCode.Level.SUB_CLASS)
                    .orElseThrow(() -> new IllegalStateException("activity-terms.csv line " + row.getRecordNumber()
                            + ": " + row.get("nace") + " is not a NAF class or sub-class"));
            List<Language> languages = switch (row.get("language")) {
                case "fr" -> List.of(Language.FRENCH);
                case "en" -> List.of(Language.ENGLISH);
                case "both" -> List.of(Language.FRENCH, Language.ENGLISH);
                default ->
                    throw new IllegalStateException(
                            "activity-terms.csv line " + row.getRecordNumber() + ": language must be fr, en or both");
            };
            List<Set<String>> words = new ArrayList<>();
            for (String word : TextAnalysis.words(row.get("term"))) {
                if (!TextAnalysis.isStopWord(word)) {
                    Set<String> forms = new LinkedHashSet<>();
                    languages.forEach(language -> forms.addAll(ActivityText.forms(word, language)));
                    words.add(Set.copyOf(forms));
                }
            }
            var term = new Term(naf, row.get("term"), List.copyOf(words));
            terms.add(term);
            Set<String> forms = new LinkedHashSet<>();
            words.forEach(forms::addAll);
            forms.forEach(form ->
                    termsByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(term));
        }
    }

    /** The kind of a folded word, or null for an ordinary word. */
    WordKind kind(String word) {
        return kinds.get(word);
    }

    /** The words an abbreviation stands for: "transp" gives ["transport"]. */
    List<String> expansion(String word) {
        return expansions.getOrDefault(word, List.of(word));
    }

    /** Terms one of whose words may take this form. */
    List<Term> termsWith(String form) {
        return termsByForm.getOrDefault(form, List.of());
    }

    Set<String> forms() {
        return termsByForm.keySet();
    }

    List<Term> terms() {
        return List.copyOf(terms);
    }

    private static List<CSVRecord> read(String name) {
        InputStream stream = ActivityVocabulary.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("Missing vocabulary file " + name + " on the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vocabulary file " + name, e);
        }
    }
}
