package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.search.Language;
import org.symbiose.engine.search.TextAnalysis;

/**
 * The NAF rév. 2 labels of every class, in French (the class's and its sub-classes') and in English (NACE),
 * as word forms, with how rare each form is among classes: a word found in few labels ("tannage", "malt")
 * says more than one found in many ("fabrication", "produits").
 */
final class NafLabels {

    /** One label of a class, as the forms of each of its words. */
    record Label(NafCode nafClass, List<Set<String>> words) {}

    /** A label holding a form, and which of its words (at most 64 are told apart). */
    record Posting(Label label, int word) {}

    private final Map<String, List<Posting>> postingsByForm = new HashMap<>();

    private final List<Label> labels = new ArrayList<>();
    private final Map<String, List<Label>> labelsByForm = new HashMap<>();
    private final Map<String, Integer> classesByForm = new HashMap<>();
    private final int classCount;

    NafLabels(NafCatalogue catalogue, ActivityVocabulary vocabulary) {
        Map<String, NafCode> classes = new LinkedHashMap<>();
        for (NafCode code : catalogue.listAll()) {
            if (code.level() == NafCode.Level.CLASS) {
                classes.put(code.code(), code);
                add(code, code.labelFr(), Language.FRENCH, vocabulary);
                add(code, code.labelEn(), Language.ENGLISH, vocabulary);
            } else if (code.level() == NafCode.Level.SUB_CLASS
                    && !code.labelFr().equals(classes.get(code.parentCode()).labelFr())) {
                add(classes.get(code.parentCode()), code.labelFr(), Language.FRENCH, vocabulary);
            }
        }
        classCount = classes.size();
        Map<String, Set<String>> classesOf = new HashMap<>();
        labelsByForm.forEach((form, found) -> {
            Set<String> codes = new HashSet<>();
            found.forEach(label -> codes.add(label.nafClass().code()));
            classesOf.put(form, codes);
        });
        classesOf.forEach((form, codes) -> classesByForm.put(form, codes.size()));
    }

    private void add(NafCode nafClass, String text, Language language, ActivityVocabulary vocabulary) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : TextAnalysis.words(text)) {
            if (!TextAnalysis.isStopWord(word) && !TextAnalysis.isNumber(word) && vocabulary.kind(word) == null) {
                words.add(Set.copyOf(ActivityText.forms(word, language)));
            }
        }
        if (words.isEmpty()) {
            return;
        }
        var label = new Label(nafClass, List.copyOf(words));
        labels.add(label);
        for (int w = 0; w < words.size(); w++) {
            for (String form : words.get(w)) {
                postingsByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(new Posting(label, Math.min(w, 63)));
            }
        }
        Set<String> forms = new HashSet<>();
        words.forEach(forms::addAll);
        forms.forEach(form ->
                labelsByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(label));
    }

    /** Every form of every label word, for typo correction. */
    Set<String> forms() {
        return labelsByForm.keySet();
    }

    /** How many classes have a label holding this form. */
    int classesHolding(String form) {
        return classesByForm.getOrDefault(form, 0);
    }

    /** Where this form stands: each label and word of a label that may take it. */
    List<Posting> postings(String form) {
        return postingsByForm.getOrDefault(form, List.of());
    }

    /**
     * How much a word says of an activity, by how few classes' labels hold it: ln(1 + classes / holding). A word
     * of no label weighs most, so that an unknown word (a company's name) lowers the share the labels explain.
     */
    double weight(Set<String> forms) {
        int holding = Integer.MAX_VALUE;
        for (String form : forms) {
            Integer count = classesByForm.get(form);
            if (count != null) {
                holding = Math.min(holding, count);
            }
        }
        return Math.log(1 + (double) classCount / (holding == Integer.MAX_VALUE ? 1 : holding));
    }
}
