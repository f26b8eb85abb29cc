package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    /**
     * Words that open a clause of purpose or origin: what follows tells the use or the source of the
     * resource ("for", "pour", "from", "issu de", "as", "comme").
     */
    private static final Set<String> CLAUSE_MARKERS =
            Set.of("for", "from", "as", "pour", "comme", "issu", "issue", "issus", "provenant");

    /** "co-" before a word in lower case, as in "co-produits" or "Co-compostage": a prefix, not carbon monoxide. */
    private static final Pattern CO_PREFIX = Pattern.compile("\\b([Cc]o)-(?=\\p{Ll}{3})");

    /**
     * Two single letters joined by "&", as in "C&D waste" or "C&I": one word ("cd"). Apart, both letters are stop
     * words, and "C&D waste" would be read as "waste" alone: every English label with the word in it.
     */
    private static final Pattern LETTERS_AND_LETTER =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\s*&\\s*(\\p{L})(?![\\p{L}\\p{N}])");

    /** The most a name found only in a purpose or origin clause scores: below {@link CodeOrWords#THRESHOLD}. */
    static final double CLAUSE_ONLY = 0.3;

    /** Words this short (abbreviations: EPI, LIN, CO2, PPE) match only as written, never through a stem. */
    private static final int SHORT_WORD = 3;

    /** Distinct labels, and distinct words, a shared classifier remembers (see {@link ReadingCache}). */
    static final int KEPT = ReadingCache.KEPT;

    private final Taxonomy taxonomy;
    /** Which of a waste code and the words wins. */
    private final CodeOrWords codeOrWords;

    /**
     * For each form, the phrases that hold it and in which of their words (bit i: word i): a label is scored
     * by walking its own forms once, each phrase's words matched by bits, not by looking each word up.
     */
    private final Map<String, List<Occurrence>> occurrencesByForm;
    /**
     * Known forms of 5 letters or more under themselves and under each form they give with one letter
     * deleted: two words within one typo of each other share a key (a deletion of one is the other, or
     * deleting the differing or swapped letter gives the same word), so the words one typo away from a
     * label's word are among those under its keys.
     */
    private final Map<String, List<String>> vocabularyByDeletion;

    /**
     * Length of the longest known form: a word longer by two letters or more is no typo of any, and is not
     * looked up (its deletions would take time and memory quadratic in its length).
     */
    private int longestForm;

    /** The labels and words read, bounded for a shared classifier, not for a run's. */
    private final ReadingCache cache;

    public FamilyClassifier(KnowledgeBase knowledge) {
        this.taxonomy = knowledge.taxonomy();
        this.codeOrWords = new CodeOrWords(knowledge);
        this.occurrencesByForm = new HashMap<>();
        this.vocabularyByDeletion = new HashMap<>();
        this.cache = ReadingCache.shared();
        for (ResourceFamily family : taxonomy.listAll()) {
            add(family, family.labelFr(), Language.FRENCH);
            add(family, family.labelEn(), Language.ENGLISH);
            family.synonymsFr().forEach(s -> add(family, s, Language.FRENCH));
            family.synonymsEn().forEach(s -> add(family, s, Language.ENGLISH));
        }
    }

    /** A classifier of the same vocabulary (shared, read only) with caches of its own. */
    private FamilyClassifier(FamilyClassifier shared, ReadingCache cache) {
        this.taxonomy = shared.taxonomy;
        this.codeOrWords = shared.codeOrWords;
        this.occurrencesByForm = shared.occurrencesByForm;
        this.vocabularyByDeletion = shared.vocabularyByDeletion;
        this.longestForm = shared.longestForm;
        this.cache = cache;
    }

    /**
     * A classifier for one run over a whole territory, reading as this one: it remembers every distinct label
     * and word the run meets (a million flows repeat theirs), and goes with the run, so that what a run read
     * never stays in an application-wide matcher.
     */
    public FamilyClassifier forRun() {
        return new FamilyClassifier(this, ReadingCache.forRun());
    }

    /** For tests: how many labels and words this classifier remembers, at most {@link #KEPT} each when shared. */
    public int cachedEntries() {
        return cache.entries();
    }

    /**
     * The words of a name or a label as the vocabulary reads them: {@link TextAnalysis#words}, the prefix "co-"
     * joined to its word ("co-produits" is one word, not "CO" and "produits"; "CO-rich" keeps its CO), and two
     * letters joined by "&" one word ("C&D").
     */
    private static List<String> words(String text) {
        String joined =
                text.indexOf('&') < 0 ? text : LETTERS_AND_LETTER.matcher(text).replaceAll("$1$2");
        return TextAnalysis.words(CO_PREFIX.matcher(joined).replaceAll("$1"));
    }

    private void add(ResourceFamily family, String text, Language language) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : words(text)) {
            if (!TextAnalysis.isStopWord(word) && !CLAUSE_MARKERS.contains(word)) {
                words.add(word.length() <= SHORT_WORD ? Set.of(word) : TextAnalysis.stems(word, language));
            }
        }
        if (words.isEmpty()) {
            return;
        }
        var phrase = new Phrase(family.id(), text, words);
        Set<String> forms = new LinkedHashSet<>();
        words.forEach(forms::addAll);
        if (words.size() > Integer.SIZE) {
            throw new IllegalStateException("a family name of more than 32 words: " + text);
        }
        for (String form : forms) {
            longestForm = Math.max(longestForm, form.length());
            int mask = 0;
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).contains(form)) {
                    mask |= 1 << w;
                }
            }
            occurrencesByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(new Occurrence(phrase, mask));
            if (form.length() >= 5) {
                for (String key : selfAndDeletions(form)) {
                    List<String> known = vocabularyByDeletion.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!known.contains(form)) {
                        known.add(form);
                    }
                }
            }
        }
    }

    /**
     * Families of a label, best first (at most three).
     *
     * @param ewc List-of-Waste code (6 digits) or null
     * @param kindHint the kind the flow's category implies (heat and steam are ENERGY...), or null
     * @param temperatureC the flow's temperature in °C, or null: it picks the band of heat
     */
    public List<Classification> classify(String label, String ewc, ResourceKind kindHint, Double temperatureC) {
        Double temperature = temperatureC != null
                ? temperatureC
                : Conditions.temperatureIn(label).orElse(null);
        Double pressure = Conditions.pressureIn(label).orElse(null);
        List<Classification> found = classify(label, ewc, kindHint);
        if (temperature == null && pressure == null) {
            return found;
        }
        return found.stream()
                .map(c -> banded(c, temperature, pressure))
                .distinct()
                .toList();
    }

    /**
     * Moves a reading of heat or steam to the band its temperature or pressure says: "chaleur" at 90 °C is
     * heat of 60 to 120 °C, "vapeur 20 bar" is high-pressure steam.
     */
    private Classification banded(Classification c, Double temperature, Double pressure) {
        ResourceFamily family = taxonomy.get(c.family());
        String parent =
                family.conditions().isTemperature() || family.conditions().isPressure()
                        ? family.parentId()
                        : family.id();
        for (ResourceFamily band : parent == null ? List.<ResourceFamily>of() : taxonomy.children(parent)) {
            boolean fits = (temperature != null && band.conditions().containsTemperature(temperature))
                    || (pressure != null && band.conditions().containsPressure(pressure));
            if (fits) {
                String condition = temperature != null && band.conditions().isTemperature()
                        ? Math.round(temperature) + " °C"
                        : pressure + " bar";
                return band.id().equals(c.family())
                        ? c
                        : new Classification(band.id(), c.confidence(), c.evidence() + " + " + condition);
            }
        }
        return c;
    }

    /**
     * Families of a label, without regard to temperature or pressure: the words' reading, then what a waste
     * code makes of it (see {@link CodeOrWords}).
     */
    public List<Classification> classify(String label, String ewc, ResourceKind kindHint) {
        List<Classification> byWords = label == null ? List.of() : cache.label(label, this::classifyWords);
        return codeOrWords.decide(byWords, ewc, kindHint);
    }

    private List<Classification> classifyWords(String label) {
        List<Set<String>> words = new ArrayList<>();
        int head = -1;
        for (String word : words(label)) {
            if (head < 0 && !words.isEmpty() && CLAUSE_MARKERS.contains(word)) {
                head = words.size();
            }
            if (!TextAnalysis.isStopWord(word) && !TextAnalysis.isNumber(word) && !CLAUSE_MARKERS.contains(word)) {
                words.add(forms(word));
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        if (head < 0) {
            head = words.size();
        }
        Map<String, Classification> best = new HashMap<>();
        Map<String, Long> bestPlaces = new HashMap<>();
        // Which words of each phrase the label's words match, before the clause and in it (bits by the
        // phrase's word), and which of the label's words it took (bits by their place, the first 64), met by
        // walking the label's forms once; phrases in the order first met.
        Map<Phrase, long[]> matches = new IdentityHashMap<>();
        List<Phrase> met = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int place = i < head ? 0 : 1;
            for (String form : words.get(i)) {
                for (Occurrence o : occurrencesByForm.getOrDefault(form, List.of())) {
                    long[] bits = matches.get(o.phrase());
                    if (bits == null) {
                        bits = new long[3];
                        matches.put(o.phrase(), bits);
                        met.add(o.phrase());
                    }
                    bits[place] |= o.words();
                    if (i < Long.SIZE) {
                        bits[2] |= 1L << i;
                    }
                }
            }
        }
        for (Phrase phrase : met) {
            long[] bits = matches.get(phrase);
            double confidence = score(phrase, (int) bits[0], (int) bits[1], head);
            if (confidence <= 0) {
                continue;
            }
            Classification previous = best.get(phrase.family());
            // Ties go to the alphabetically first name, so that the evidence never depends on set order.
            if (previous == null
                    || previous.confidence() < confidence
                    || (previous.confidence() == confidence && phrase.text().compareTo(previous.evidence()) < 0)) {
                best.put(phrase.family(), new Classification(phrase.family(), confidence, phrase.text()));
                bestPlaces.put(phrase.family(), bits[2]);
            }
        }
        return KeptReadings.of(best, bestPlaces, taxonomy);
    }

    /** A label word's forms: itself, its stems, and known words one typo away when it is unknown. */
    private Set<String> forms(String word) {
        // Labels repeat their words: each distinct one is read once.
        return cache.forms(word, this::readForms);
    }

    private Set<String> readForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (String form : TextAnalysis.stems(word)) {
            // A stem as short as an abbreviation would meet one: "liners" stems to "lin", liquid nitrogen.
            if (form.equals(word) || form.length() > SHORT_WORD) {
                forms.add(form);
            }
        }
        if (forms.stream().noneMatch(occurrencesByForm::containsKey)
                && word.length() >= 5
                && word.length() <= longestForm + 1) {
            forms.addAll(knownWordsOneTypoAway(word));
        }
        return java.util.Collections.unmodifiableSet(forms);
    }

    private Set<String> knownWordsOneTypoAway(String word) {
        Set<String> candidates = new java.util.TreeSet<>(
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        for (String key : selfAndDeletions(word)) {
            candidates.addAll(vocabularyByDeletion.getOrDefault(key, List.of()));
        }
        Set<String> found = new LinkedHashSet<>();
        for (String known : candidates) {
            if (Typos.withinOne(word, known)) {
                found.add(known);
            }
        }
        return found;
    }

    /** The word and each word it gives with one letter deleted. */
    private static Set<String> selfAndDeletions(String word) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }

    /**
     * A whole known name found in the label scores from 0.55 (it explains a small part of the label) to 1
     * (it is the whole label); a known name found in part scores at most 0.45.
     *
     * <p>The words of a purpose or origin clause ("vapeur pour le process", "CO2 from the ammonia plant")
     * say what the resource is for or where it comes from, not what it is: the name is measured against
     * the words before the clause, and against the clause's words only when it uses them ("gypse issu de
     * la neutralisation"). {@code beforeClause} and {@code inClause} tell which of the phrase's words (bit i:
     * word i) the label's words before the clause, and in it, match; {@code head} words come before.
     */
    static double score(Phrase phrase, int beforeClause, int inClause, int head) {
        int matched = Integer.bitCount(beforeClause | inClause);
        int matchedInClause = Integer.bitCount(inClause & ~beforeClause);
        if (matched == 0) {
            return 0;
        }
        double explained = Math.min(1.0, (double) matched / (head + matchedInClause));
        double score;
        if (matched == phrase.size()) {
            score = 0.55 + 0.45 * explained;
        } else {
            double partial = (double) matched / phrase.size();
            score = partial < 0.5 ? 0 : 0.3 * partial + 0.15 * explained;
        }
        // A name made of the clause's words alone says what the resource is for or comes from ("huiles" in
        // "hydrogène pour hydrotraitement des huiles"), not what it is: it stays under what a reading must reach.
        return beforeClause == 0 ? Math.min(score, CLAUSE_ONLY) : score;
    }

    /** A form in a phrase: which of the phrase's words (bit i: word i) hold it. */
    private record Occurrence(Phrase phrase, int words) {}
}
