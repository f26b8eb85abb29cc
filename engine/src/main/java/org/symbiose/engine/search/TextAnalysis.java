package org.symbiose.engine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns French or English text into comparable words: lower case, accents folded to ASCII ("Fréjus" and
 * "FREJUS" both give "frejus", "œ" gives "oe"), split on anything that is not a letter or a digit (hyphens,
 * apostrophes, slashes).
 *
 * <p>Plural tolerance comes from Lucene's light stemmers ({@code FrenchLightStemmer}, {@code
 * EnglishMinimalStemmer}). A label word is stemmed in its own language; a typed word, whose language is not
 * known, in both. Two words match when they share a form.
 */
public final class TextAnalysis {

    /**
     * Words too common to narrow a search, and the elided articles of French ("l'", "d'", "qu'"), which the
     * tokeniser leaves behind as separate words.
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "au", "aux", "c", "d", "de", "des", "du", "en", "et", "j", "l", "la", "le", "les", "m", "n", "ou",
            "par", "pour", "qu", "s", "sur", "t", "un", "une", "an", "and", "by", "for", "from", "in", "of", "on", "or",
            "the", "to", "with");

    /**
     * Words longer than this are kept whole: no word of either language is, and Lucene's French stemmer takes
     * time quadratic in a run of repeated letters (a "word" of a million a's would take hours).
     */
    static final int LONGEST_STEMMED = 64;

    private static final FrenchLightStemmer FRENCH = new FrenchLightStemmer();
    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();

    private TextAnalysis() {}

    /** Lower case, accents and ligatures folded to ASCII; everything else is kept. */
    public static String fold(String text) {
        char[] input = text.toCharArray();
        char[] output = new char[Math.max(1, input.length * 4)];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length).toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text, in order, stop words included. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The folded words joined by single spaces: "La Seyne-sur-Mer" gives "la seyne sur mer". */
    public static String phrase(String text) {
        return String.join(" ", words(text));
    }

    /** Only the folded letters and digits: "15 01 03*" gives "150103", "10.71C" gives "1071c". */
    public static String compactCode(String code) {
        return String.join("", words(code));
    }

    /**
     * The forms under which a typed word matches a label word of either language: itself, its French light
     * stem and its English minimal stem ("palettes" gives "palettes", "palet", "palette").
     */
    public static Set<String> stems(String word) {
        return Stream.of(word, stem(word, Language.FRENCH), stem(word, Language.ENGLISH))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The forms under which a label word of a known language matches: itself and its stem in that language
     * only, so that the English "plaster" does not meet the French "plastique" through a French stem.
     */
    public static Set<String> stems(String word, Language language) {
        String stem = stem(word, language);
        return stem.equals(word) ? Set.of(word) : Set.of(word, stem);
    }

    /** Light stem: plural and a few inflexions removed ("batteries" gives "bat" in French, "battery" in English). */
    public static String stem(String word, Language language) {
        if (isNumber(word) || word.length() > LONGEST_STEMMED) {
            return word;
        }
        char[] chars = word.toCharArray();
        int length = switch (language) {
            case FRENCH -> FRENCH.stem(chars, chars.length);
            case ENGLISH -> ENGLISH.stem(chars, chars.length);
        };
        return new String(chars, 0, length);
    }

    /** Whether a word is made of digits only; such words are codes or references, matched as codes. */
    public static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether a folded word is too common to narrow a search ("de", "la", "sur", "the", "of"...). */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }
}
