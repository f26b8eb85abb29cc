package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.symbiose.engine.search.Language;
import org.symbiose.engine.search.TextAnalysis;

/**
 * The word forms activity texts are compared by (Lucene light stemming and folding through {@link
 * TextAnalysis}), and the known words a typed word is one typo away from.
 */
final class ActivityText {

    /** Stems this short would meet abbreviations ("serres" stems to "ser"): a word keeps only itself. */
    private static final int SHORT_STEM = 3;

    /** Words shorter than this are not corrected: too many lie one typo away ("chaud" from "chaux"). */
    private static final int MIN_TYPO_LENGTH = 6;

    private final Set<String> known;
    private final Map<String, List<String>> knownByDeletion = new HashMap<>();

    ActivityText(Set<String> knownForms) {
        this.known = Set.copyOf(knownForms);
        for (String form : known) {
            if (form.length() >= MIN_TYPO_LENGTH) {
                for (String key : selfAndDeletions(form)) {
                    knownByDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
                }
            }
        }
    }

    /** The forms of a word of a known language: itself and its stem in that language. */
    static Set<String> forms(String word, Language language) {
        Set<String> forms = new LinkedHashSet<>();
        for (String form : TextAnalysis.stems(word, language)) {
            if (form.equals(word) || form.length() > SHORT_STEM) {
                forms.add(form);
            }
        }
        forms.add(singular(word));
        return forms;
    }

    /**
     * The forms of a typed word, whose language is not known: itself, its French and English stems, and the
     * singular.
     */
    Set<String> typedForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (String form : TextAnalysis.stems(word)) {
            if (form.equals(word) || form.length() > SHORT_STEM) {
                forms.add(form);
            }
        }
        forms.add(singular(word));
        return forms;
    }

    /**
     * The known words one typo away from a typed word none of whose forms is known ("cimentrie" gives
     * "cimenterie"); empty for a known word or a short one.
     */
    Set<String> corrections(String word, Set<String> forms) {
        Set<String> found = new LinkedHashSet<>();
        if (word.length() < MIN_TYPO_LENGTH || forms.stream().anyMatch(known::contains)) {
            return found;
        }
        Set<String> candidates =
                new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        for (String key : selfAndDeletions(word)) {
            candidates.addAll(knownByDeletion.getOrDefault(key, List.of()));
        }
        for (String candidate : candidates) {
            if (Typos.withinOne(word, candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /**
     * The word without a final "s", which the light stemmers keep in some words ("shoes", "bags" under its
     * short-stem rule): plurals of both languages then meet their singular.
     */
    private static String singular(String word) {
        return word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }

    private static Set<String> selfAndDeletions(String word) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }
}
