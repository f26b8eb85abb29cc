package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.search.Language;
import org.symbiose.engine.search.TextAnalysis;

/**
 * Reads a flow label, as a person typed it in French or English, as resource families. Words are
 * folded, light-stemmed in both languages and matched against the families' names and synonyms; a
 * word unknown to the vocabulary is matched to a known word one typo away. A List-of-Waste code wins
 * over the words. Labels nothing matches give no classification: they are reported, never guessed.
 * Thread-safe.
 */
public final class FamilyClassifier {

    /** Readings below this confidence are dropped. */
    static final double THRESHOLD = 0.4;

    private static final int MAX_RESULTS = 3;

    private final KnowledgeBase knowledge;
    private final Taxonomy taxonomy;
    private final Map<String, List<Phrase>> phrasesByForm = new HashMap<>();
    private final Map<Integer, Map<String, String>> vocabularyByLength = new HashMap<>();
    private final Map<String, Set<String>> typoCache = new ConcurrentHashMap<>();
    private final Map<String, List<Classification>> labelCache = new ConcurrentHashMap<>();

    public FamilyClassifier(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.taxonomy = knowledge.taxonomy();
        for (ResourceFamily family : taxonomy.listAll()) {
            add(family, family.labelFr(), Language.FRENCH);
            add(family, family.labelEn(), Language.ENGLISH);
            family.synonymsFr().forEach(s -> add(family, s, Language.FRENCH));
            family.synonymsEn().forEach(s -> add(family, s, Language.ENGLISH));
        }
    }

    private void add(ResourceFamily family, String text, Language language) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : TextAnalysis.words(text)) {
            if (!TextAnalysis.isStopWord(word)) {
                words.add(TextAnalysis.stems(word, language));
            }
        }
        if (words.isEmpty()) {
            return;
        }
        var phrase = new Phrase(family.id(), text, words);
        Set<String> forms = new LinkedHashSet<>();
        words.forEach(forms::addAll);
        for (String form : forms) {
            phrasesByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(phrase);
            if (form.length() >= 5) {
                vocabularyByLength
                        .computeIfAbsent(form.length(), l -> new HashMap<>())
                        .put(form, form);
            }
        }
    }

    /**
     * Families of a label, best first (at most three).
     *
     * @param ewc List-of-Waste code (6 digits) or null
     * @param kindHint the kind the flow's category implies (heat and steam are ENERGY...), or null
     */
    public List<Classification> classify(String label, String ewc, ResourceKind kindHint) {
        List<Classification> byWords =
                label == null ? List.of() : labelCache.computeIfAbsent(label, this::classifyWords);
        List<Classification> result = new ArrayList<>();
        if (ewc != null) {
            knowledge.wasteFamily(ewc).ifPresent(mapping -> {
                String family = mapping.family();
                // The code wins; the words may only make it more specific.
                byWords.stream()
                        .filter(c ->
                                taxonomy.isA(c.family(), family) && !c.family().equals(family))
                        .findFirst()
                        .ifPresentOrElse(
                                c -> result.add(
                                        new Classification(c.family(), 1.0, "LoW " + ewc + " + " + c.evidence())),
                                () -> result.add(
                                        new Classification(family, Math.max(0.9, mapping.confidence()), "LoW " + ewc)));
            });
        }
        if (result.isEmpty()) {
            for (Classification c : byWords) {
                double confidence = c.confidence();
                if (kindHint != null && taxonomy.kind(c.family()) != kindHint) {
                    confidence *= 0.75;
                }
                if (confidence >= THRESHOLD) {
                    result.add(new Classification(c.family(), confidence, c.evidence()));
                }
            }
            result.sort(Comparator.comparingDouble(Classification::confidence).reversed());
        }
        return List.copyOf(result.subList(0, Math.min(MAX_RESULTS, result.size())));
    }

    private List<Classification> classifyWords(String label) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : TextAnalysis.words(label)) {
            if (!TextAnalysis.isStopWord(word) && !TextAnalysis.isNumber(word)) {
                words.add(forms(word));
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Classification> best = new HashMap<>();
        for (Phrase phrase : candidatePhrases(words)) {
            double confidence = score(phrase, words);
            if (confidence <= 0) {
                continue;
            }
            Classification previous = best.get(phrase.family());
            if (previous == null || previous.confidence() < confidence) {
                best.put(phrase.family(), new Classification(phrase.family(), confidence, phrase.text()));
            }
        }
        return preferSpecific(new ArrayList<>(best.values()));
    }

    /** A label word's forms: itself, its stems, and known words one typo away when it is unknown. */
    private Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>(TextAnalysis.stems(word));
        if (forms.stream().noneMatch(phrasesByForm::containsKey) && word.length() >= 5) {
            forms.addAll(typoCache.computeIfAbsent(word, this::knownWordsOneTypoAway));
        }
        return forms;
    }

    private Set<String> knownWordsOneTypoAway(String word) {
        Set<String> found = new LinkedHashSet<>();
        for (int length = word.length() - 1; length <= word.length() + 1; length++) {
            for (String known :
                    vocabularyByLength.getOrDefault(length, Map.of()).keySet()) {
                if (Typos.withinOne(word, known)) {
                    found.add(known);
                }
            }
        }
        return found;
    }

    private List<Phrase> candidatePhrases(List<Set<String>> words) {
        Set<Phrase> phrases = new LinkedHashSet<>();
        for (Set<String> forms : words) {
            for (String form : forms) {
                phrases.addAll(phrasesByForm.getOrDefault(form, List.of()));
            }
        }
        return new ArrayList<>(phrases);
    }

    /**
     * A whole known name found in the label scores from 0.55 (it explains a small part of the label) to 1
     * (it is the whole label); a known name found in part scores at most 0.45.
     */
    static double score(Phrase phrase, List<Set<String>> labelWords) {
        int matched = 0;
        for (Set<String> phraseWord : phrase.words()) {
            if (labelWords.stream().anyMatch(forms -> intersects(forms, phraseWord))) {
                matched++;
            }
        }
        if (matched == 0) {
            return 0;
        }
        double explained = Math.min(1.0, (double) matched / labelWords.size());
        if (matched == phrase.size()) {
            return 0.55 + 0.45 * explained;
        }
        double partial = (double) matched / phrase.size();
        return partial < 0.5 ? 0 : 0.3 * partial + 0.15 * explained;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** When a family and one of its descendants both match about as well, the descendant says more. */
    private List<Classification> preferSpecific(List<Classification> found) {
        found.removeIf(general -> found.stream()
                .anyMatch(specific -> !specific.family().equals(general.family())
                        && taxonomy.isA(specific.family(), general.family())
                        && specific.confidence() >= general.confidence() - 0.1));
        found.sort(Comparator.comparingDouble(Classification::confidence)
                .reversed()
                .thenComparing(c -> -taxonomy.depth(c.family()))
                .thenComparing(Classification::family));
        return List.copyOf(found);
    }
}
