package org.symbiose.engine.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.knowledge.ResourceKind;

/**
 * Writes a flow's label as a person would: one of the family's names or synonyms, then, now and then,
 * the other number ("palette bois" for "palettes bois"), an adjective ("cassées", "en mélange",
 * "clean"), a missing accent, a typo, and any capitalisation.
 */
final class LabelNoise {

    private static final List<String> FRENCH_SUPPLY = List.of(
            "cassées",
            "en mélange",
            "propre",
            "usagés",
            "souillés",
            "en vrac",
            "triés",
            "non triés",
            "humides",
            "secs",
            "en big bag",
            "de chantier",
            "de production",
            "en surplus");
    private static final List<String> FRENCH_NEED =
            List.of("propre", "en vrac", "recyclé", "de récupération", "d'occasion", "de seconde main");
    private static final List<String> ENGLISH_SUPPLY =
            List.of("broken", "mixed", "clean", "used", "loose", "sorted", "wet", "baled", "surplus");
    private static final List<String> ENGLISH_NEED = List.of("clean", "recycled", "second-hand", "reclaimed", "bulk");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LabelNoise() {}

    static String label(FamilyTraits family, boolean english, Direction direction, SplittableRandom random) {
        List<String> names = english ? family.namesEn() : family.namesFr();
        String label = Draw.any(names, random);
        if (Draw.chance(random, 0.2)) {
            label = otherNumber(label, english);
        }
        if (family.kind() == ResourceKind.MATERIAL && Draw.chance(random, 0.18)) {
            label = withAdjective(label, english, direction, random);
        }
        if (!english && Draw.chance(random, 0.15)) {
            label = withoutAccents(label);
        }
        if (Draw.chance(random, 0.03)) {
            label = withTypo(label, random);
        }
        double roll = random.nextDouble();
        if (roll < 0.45) {
            return label.toLowerCase(Locale.FRENCH);
        }
        if (roll < 0.85) {
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        if (roll < 0.95) {
            return label;
        }
        return label.toUpperCase(Locale.FRENCH);
    }

    /** Singular to plural or back, on the head word: the first in French, the last in English. */
    static String otherNumber(String label, boolean english) {
        String[] words = label.split(" ", -1);
        int head = english ? words.length - 1 : 0;
        words[head] = otherNumber(words[head]);
        return String.join(" ", words);
    }

    private static String otherNumber(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(Character::isLowerCase)) {
            return word;
        }
        if (word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("s") || word.endsWith("x")) {
            return word.substring(0, word.length() - 1);
        }
        return word + "s";
    }

    private static String withAdjective(String label, boolean english, Direction direction, SplittableRandom random) {
        boolean supply = direction == Direction.OUT;
        if (english) {
            return Draw.any(supply ? ENGLISH_SUPPLY : ENGLISH_NEED, random) + " " + label;
        }
        return label + " " + Draw.any(supply ? FRENCH_SUPPLY : FRENCH_NEED, random);
    }

    static String withoutAccents(String label) {
        String folded = label.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }

    /** One slip of the keyboard in a word of five letters or more: two letters swapped, one dropped or doubled. */
    static String withTypo(String label, SplittableRandom random) {
        String[] words = label.split(" ", -1);
        int start = random.nextInt(words.length);
        for (int k = 0; k < words.length; k++) {
            int index = (start + k) % words.length;
            String word = words[index];
            if (word.length() >= 5) {
                int at = 1 + random.nextInt(word.length() - 2);
                words[index] = switch (random.nextInt(3)) {
                    case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                    case 1 -> word.substring(0, at) + word.substring(at + 1);
                    default -> word.substring(0, at + 1) + word.substring(at);
                };
                return String.join(" ", words);
            }
        }
        return label;
    }
}
