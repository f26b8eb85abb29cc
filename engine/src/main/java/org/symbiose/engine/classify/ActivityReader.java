package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.symbiose.engine.classify.ActivityVocabulary.Term;
import org.symbiose.engine.classify.ActivityVocabulary.WordKind;
import org.symbiose.engine.classify.NafLabels.Label;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.search.TextAnalysis;

/**
 * Reads a company's activity as people type it ("Alcohol production", "fab. palettes", "cimentrie", "Ets
 * Durand - scierie") as NAF classes with a confidence, the way {@link FamilyClassifier} reads flow labels.
 *
 * <p>Two sources, compared by the same folded and lightly stemmed word forms (typo-tolerant by one edit): the
 * reviewed vocabulary of the field ({@code activity-terms.csv}), whose terms score from 0.55 (a term that
 * explains a small part of the text) to 1 (the whole text); and the NAF rév. 2 labels in French and English,
 * weighed by how rare their words are and never above {@link #LABEL_WEIGHT}. The vocabulary is what knows that
 * a "power plant" is not a plant nursery: "plant", "usine", "fabrication" are words of every activity and
 * explain nothing by themselves. Below {@link #THRESHOLD} the text is not recognised: the reader says so rather
 * than guess. Answers such as "ND" or "n.c." and names without an activity give nothing.
 *
 * <p>At most {@link #MAX_CHARS} characters of a text are read, so a reading costs the same whatever is pasted
 * in. Immutable apart from a bounded cache of readings; thread-safe.
 */
public final class ActivityReader {

    /** Confidence below which a text is "not recognised". Tuned on the development part of the set. */
    public static final double THRESHOLD = 0.5;

    /** The most a reading through NAF labels alone may score: a label shares words, it was not reviewed. */
    static final double LABEL_WEIGHT = 0.8;

    /** Characters of an activity read; the rest is ignored. */
    static final int MAX_CHARS = 200;

    /** Words of an activity read, after abbreviations are expanded. */
    static final int MAX_WORDS = 24;

    /** Readings kept: the runner-up must score at least this share of the best. */
    static final double RUNNER_UP_RATIO = 0.8;

    static final int MAX_RESULTS = 3;

    /**
     * Labels are looked at through the text's rarer words only: a word in more classes' labels than this
     * ("produits", "commerce") cannot make a label win alone, and would make every reading scan hundreds.
     */
    static final int MAX_CLASSES_TO_START = 30;

    /** Distinct texts remembered; further ones are read each time. */
    static final int READINGS_KEPT = 50_000;

    /**
     * A word of the text: its forms as typed, the same with known words one typo away, whether it explains
     * anything, and its place among the text's words.
     */
    private record Word(Set<String> typed, Set<String> forms, boolean generic, int position) {}

    /** Where a term's words were found in the text. */
    private record TermMatch(int matched, long covered, int first, int last, boolean throughTypo) {}

    /** A term found through a corrected typo counts this share of its score. */
    static final double TYPO_FACTOR = 0.85;

    /** The best reading of one class so far. */
    private static final class Candidate {
        NafCode naf;
        String evidence = "";
        long covered;
        int firstPosition = Integer.MAX_VALUE;
        double termScore;
        double labelScore;

        /** The better source, raised a little (a quarter of the other, within what is left) when both agree. */
        double confidence() {
            double best = Math.max(termScore, labelScore);
            return best + (1 - best) * 0.25 * Math.min(termScore, labelScore);
        }
    }

    private final NafCatalogue catalogue;
    private final ActivityVocabulary vocabulary;
    private final NafLabels labels;
    private final ActivityText text;
    private final Map<String, List<ActivityGuess>> readings = new ConcurrentHashMap<>();
    private final Map<String, Word> wordsRead = new ConcurrentHashMap<>();

    public ActivityReader(NafCatalogue catalogue) {
        this.catalogue = catalogue;
        this.vocabulary = new ActivityVocabulary(catalogue);
        this.labels = new NafLabels(catalogue, vocabulary);
        Set<String> known = new java.util.HashSet<>(vocabulary.forms());
        known.addAll(labels.forms());
        this.text = new ActivityText(known);
    }

    /** The reader over the engine's NAF catalogue and vocabulary, made on first use and shared. */
    public static ActivityReader load() {
        return Holder.INSTANCE;
    }

    /**
     * What the engine takes an actor's activity to be: a given code wins; the text is read all the same, so that
     * a disagreement can be reported.
     *
     * @param givenNaf the NAF or NACE code given, or null
     * @param activity the free-text activity, or null
     */
    public ActivityReading reading(String givenNaf, String activity) {
        List<ActivityGuess> guesses = read(activity);
        return new ActivityReading(activity, givenNaf, guesses.isEmpty() ? null : guesses.get(0));
    }

    /** The NAF classes a text reads as, best first (at most three), or none when it is not recognised. */
    public List<ActivityGuess> read(String activity) {
        if (activity == null || activity.isBlank()) {
            return List.of();
        }
        String bounded = activity.length() > MAX_CHARS ? activity.substring(0, MAX_CHARS) : activity;
        List<ActivityGuess> found = readings.get(bounded);
        if (found == null) {
            found = readWords(bounded);
            if (readings.size() < READINGS_KEPT) {
                readings.putIfAbsent(bounded, found);
            }
        }
        return found;
    }

    private List<ActivityGuess> readWords(String activity) {
        List<Word> words = words(activity);
        if (words.stream().allMatch(Word::generic)) {
            return List.of();
        }
        Map<String, Candidate> byClass = new HashMap<>();
        scoreTerms(words, byClass);
        scoreLabels(words, byClass);
        List<Candidate> ranked = new ArrayList<>(byClass.values());
        ranked.sort(Comparator.comparingDouble(Candidate::confidence)
                .reversed()
                .thenComparingInt(c -> c.firstPosition)
                .thenComparing(c -> c.naf.code()));
        List<ActivityGuess> guesses = new ArrayList<>();
        for (Candidate c : ranked) {
            double confidence = Math.round(c.confidence() * 100) / 100.0;
            if (confidence < THRESHOLD
                    || confidence < ranked.get(0).confidence() * RUNNER_UP_RATIO
                    || guesses.size() == MAX_RESULTS) {
                break;
            }
            guesses.add(new ActivityGuess(c.naf, confidence, c.evidence));
        }
        return List.copyOf(guesses);
    }

    /** The text's words that may say something, abbreviations expanded, each with its forms. */
    private List<Word> words(String activity) {
        List<Word> words = new ArrayList<>();
        int position = 0;
        for (String typed : TextAnalysis.words(activity)) {
            WordKind kind = vocabulary.kind(typed);
            if (TextAnalysis.isStopWord(typed)
                    || TextAnalysis.isNumber(typed)
                    || kind == WordKind.NO_ANSWER
                    || kind == WordKind.LEGAL_FORM) {
                continue;
            }
            for (String word : vocabulary.expansion(typed)) {
                if (words.size() < MAX_WORDS && !TextAnalysis.isStopWord(word)) {
                    Word known = wordForms(word);
                    words.add(new Word(known.typed(), known.forms(), known.generic(), position));
                }
            }
            position++;
        }
        return words;
    }

    /** A word's forms, worked out once: activities repeat their words ("élevage", "usine", "transport"). */
    private Word wordForms(String word) {
        Word found = wordsRead.get(word);
        if (found == null) {
            Set<String> typedForms = text.typedForms(word);
            Set<String> forms = new java.util.LinkedHashSet<>(typedForms);
            forms.addAll(text.corrections(word, typedForms));
            found = new Word(Set.copyOf(typedForms), Set.copyOf(forms), vocabulary.kind(word) == WordKind.GENERIC, 0);
            if (wordsRead.size() < READINGS_KEPT) {
                wordsRead.putIfAbsent(word, found);
            }
        }
        return found;
    }

    /**
     * A class's terms found whole in the text, their words close together, score 0.55 plus 0.45 times the share
     * of the text's words they explain together (generic words weighing a tenth; "santons" and "poteries" both
     * explain 23.41); a term found in half or more of its words scores at most 0.45. A term found through a
     * corrected typo counts {@link #TYPO_FACTOR} of that.
     */
    private void scoreTerms(List<Word> words, Map<String, Candidate> byClass) {
        double total = 0;
        for (Word word : words) {
            total += weight(word);
        }
        Set<Term> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Word word : words) {
            for (String form : word.forms()) {
                for (Term term : vocabulary.termsWith(form)) {
                    if (seen.add(term)) {
                        score(term, match(term, words), words, total, candidate(byClass, term.naf()));
                    }
                }
            }
        }
    }

    private static void score(Term term, TermMatch m, List<Word> words, double total, Candidate c) {
        double typo = m.throughTypo() ? TYPO_FACTOR : 1;
        boolean whole = m.matched() == term.words().size()
                && m.last() - m.first() <= term.words().size();
        if (whole) {
            long union = c.termScore >= 0.55 * TYPO_FACTOR ? c.covered | m.covered() : m.covered();
            double score = typo * (0.55 + 0.45 * weight(words, union) / total);
            if (score > c.termScore) {
                c.evidence = c.covered == 0 || union == m.covered() ? term.text() : c.evidence + " + " + term.text();
                c.termScore = score;
                c.covered = union;
                c.naf = term.naf();
                c.firstPosition = Math.min(c.firstPosition, m.first());
            }
        } else if (2 * m.matched() >= term.words().size() && c.termScore < 0.45) {
            double partial = (double) m.matched() / term.words().size();
            double score = typo * (0.3 * partial + 0.15 * weight(words, m.covered()) / total);
            if (score > c.termScore) {
                c.termScore = score;
                c.evidence = term.text();
                c.firstPosition = m.first();
            }
        }
    }

    /** Which of the text's words a term's words meet, and where. */
    private static TermMatch match(Term term, List<Word> words) {
        long covered = 0;
        int matched = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        boolean throughTypo = false;
        for (Set<String> termWord : term.words()) {
            int at = -1;
            boolean exact = false;
            for (int i = 0; i < words.size(); i++) {
                if (!Collections.disjoint(words.get(i).forms(), termWord)) {
                    covered |= 1L << i;
                    boolean typed = !Collections.disjoint(words.get(i).typed(), termWord);
                    if (at < 0 || (typed && !exact)) {
                        at = words.get(i).position();
                        exact = typed;
                    }
                }
            }
            if (at >= 0) {
                matched++;
                // A generic word of a term may stand anywhere: "ammonia plant" in "ammonia and nitrate plant".
                if (!generic(words, at)) {
                    first = Math.min(first, at);
                    last = Math.max(last, at);
                }
                throughTypo |= !exact;
            }
        }
        return new TermMatch(matched, covered, first == Integer.MAX_VALUE ? 0 : first, Math.max(last, 0), throughTypo);
    }

    private static boolean generic(List<Word> words, int position) {
        for (Word word : words) {
            if (word.position() == position && !word.generic()) {
                return false;
            }
        }
        return true;
    }

    /**
     * NAF labels: the share of the text's weight they explain, times how much of the label the text covers.
     * Labels are found through the text's rarer words ({@link #MAX_CLASSES_TO_START}), then every word's
     * postings say which of their words meet which of the text's.
     */
    private void scoreLabels(List<Word> words, Map<String, Candidate> byClass) {
        double[] weights = new double[words.size()];
        double total = 0;
        Map<Label, long[]> met = new IdentityHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).generic()) {
                continue;
            }
            weights[i] = labels.weight(words.get(i).forms());
            total += weights[i];
            for (String form : words.get(i).forms()) {
                if (labels.classesHolding(form) <= MAX_CLASSES_TO_START) {
                    for (NafLabels.Posting posting : labels.postings(form)) {
                        met.putIfAbsent(posting.label(), new long[2]);
                    }
                }
            }
        }
        if (met.isEmpty()) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).generic()) {
                continue;
            }
            for (String form : words.get(i).forms()) {
                for (NafLabels.Posting posting : labels.postings(form)) {
                    long[] masks = met.get(posting.label());
                    if (masks != null) {
                        masks[0] |= 1L << i;
                        masks[1] |= 1L << posting.word();
                    }
                }
            }
        }
        for (Map.Entry<Label, long[]> entry : met.entrySet()) {
            Label label = entry.getKey();
            double explained = 0;
            for (int i = 0; i < words.size(); i++) {
                if ((entry.getValue()[0] & (1L << i)) != 0) {
                    explained += weights[i];
                }
            }
            double labelShare =
                    (double) Long.bitCount(entry.getValue()[1]) / label.words().size();
            double score = LABEL_WEIGHT * (explained / total) * (0.5 + 0.5 * labelShare);
            Candidate c = candidate(byClass, label.nafClass());
            if (score > c.labelScore) {
                c.labelScore = score;
                if (c.termScore < score) {
                    c.naf = label.nafClass();
                    c.evidence = "NAF";
                }
            }
        }
    }

    /**
     * A word that explains an activity counts 1; a generic word ("usine", "plant", "entreprise") counts a tenth,
     * so that of two terms the one that also holds the generic word wins ("restaurant d'entreprise").
     */
    private static double weight(Word word) {
        return word.generic() ? 0.1 : 1;
    }

    private static double weight(List<Word> words, long covered) {
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            if ((covered & (1L << i)) != 0) {
                sum += weight(words.get(i));
            }
        }
        return sum;
    }

    private static Candidate candidate(Map<String, Candidate> byClass, NafCode naf) {
        String nafClass = naf.code().substring(0, Math.min(5, naf.code().length()));
        return byClass.computeIfAbsent(nafClass, k -> {
            var c = new Candidate();
            c.naf = naf;
            return c;
        });
    }

    private static final class Holder {
        static final ActivityReader INSTANCE = new ActivityReader(NafCatalogue.load());
    }
}
