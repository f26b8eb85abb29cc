package org.symbiose.engine.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a label says of the state of a thing, in French or English, as {@link LawRules} traits: broken or
 * damaged ("palettes cassées", "cartons abîmés", "fûts percés", "palettes HS", "damaged drums") is {@link
 * LawRules#DAMAGED}; cannot be repaired ("palettes non réparables", "irréparables", "beyond repair") is {@link
 * LawRules#BEYOND_REPAIR}. A word denied just before it ("palettes non cassées", "pas abîmés", "not damaged")
 * says the opposite and counts for nothing. Read once per distinct reading of a run ({@code Territory}); most
 * labels hold none of these words and are let go after a look for their stems, without being folded.
 */
final class StateWords {

    private StateWords() {}

    /** Stems one of which a label must hold, in lower case, to be read at all. */
    private static final String[] STEMS = {
        "cass",
        "bris",
        "endom",
        "abim",
        "abîm",
        "détér",
        "deter",
        "défect",
        "defect",
        "déchir",
        "dechir",
        "perc",
        "trou",
        "fend",
        "hs",
        "hors",
        "panne",
        "répar",
        "repar",
        "repair",
        "broken",
        "damag",
        "faulty",
        "torn",
        "punct",
        "crack",
        "unusable",
        "out of"
    };

    /** Folded words that say, alone, that the thing is broken or damaged. */
    private static final Set<String> DAMAGED = Set.of(
            "casse",
            "cassee",
            "casses",
            "cassees",
            "brise",
            "brisee",
            "brises",
            "brisees",
            "endommage",
            "endommagee",
            "endommages",
            "endommagees",
            "abime",
            "abimee",
            "abimes",
            "abimees",
            "deteriore",
            "deterioree",
            "deteriores",
            "deteriorees",
            "defectueux",
            "defectueuse",
            "defectueuses",
            "dechire",
            "dechiree",
            "dechires",
            "dechirees",
            "perce",
            "percee",
            "perces",
            "percees",
            "troue",
            "trouee",
            "troues",
            "trouees",
            "fendu",
            "fendue",
            "fendus",
            "fendues",
            "hs",
            "broken",
            "damaged",
            "defective",
            "faulty",
            "torn",
            "punctured",
            "cracked",
            "unusable");

    /** Folded words that say, alone, that the thing cannot be repaired. */
    private static final Set<String> IRREPARABLE = Set.of("irreparable", "irreparables", "unrepairable");

    /** "réparable" and "repairable", which a denial before them turns into {@link #IRREPARABLE}. */
    private static final Set<String> REPARABLE = Set.of("reparable", "reparables", "repairable");

    /**
     * "Cassé" folded is "casse", which is also a noun, the scrapyard ("casse automobile", "pièces de casse"): read
     * as broken only after a word that is neither an article nor a preposition, as an adjective follows its
     * noun ("verre cassé").
     */
    private static final Set<String> BEFORE_THE_NOUN_CASSE = Set.of("", "la", "de", "d", "une", "en", "a", "du");

    /** Words that deny the word after them. */
    private static final Set<String> DENIALS = Set.of("non", "pas", "not", "sans", "jamais", "never", "no");

    /** Phrases of several words that say the thing is out of use or beyond repair. */
    private static final Pattern OUT_OF_USE =
            Pattern.compile("\\b(hors d.?usage|hors service|en panne|out of order|out of service)\\b");

    private static final Pattern BEYOND_REPAIR_PHRASE = Pattern.compile("\\b(beyond repair|hors reparation)\\b");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    /**
     * The state traits of a label: {@link LawRules#DAMAGED}, {@link LawRules#BEYOND_REPAIR}, both or none. Read
     * once per distinct reading of a run ({@link FlowFacts#state}).
     */
    static int of(String label) {
        if (label == null || !holdsAStem(label.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        String folded = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        int traits = 0;
        if (BEYOND_REPAIR_PHRASE.matcher(folded).find()) {
            traits |= LawRules.BEYOND_REPAIR;
        }
        if (OUT_OF_USE.matcher(folded).find()) {
            traits |= LawRules.DAMAGED;
        }
        String previous = "";
        for (String word : NOT_LETTERS.split(folded)) {
            boolean denied = DENIALS.contains(previous);
            if (IRREPARABLE.contains(word) || (denied && REPARABLE.contains(word))) {
                traits |= LawRules.BEYOND_REPAIR;
            } else if (!denied
                    && DAMAGED.contains(word)
                    && !(word.equals("casse") && BEFORE_THE_NOUN_CASSE.contains(previous))) {
                traits |= LawRules.DAMAGED;
            }
            previous = word;
        }
        return traits;
    }

    private static boolean holdsAStem(String lowerCase) {
        for (String stem : STEMS) {
            if (lowerCase.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
