package org.symbiose.engine.classify;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A need that names a use rather than a resource: "Raw material for Alcohol production", "matière
 * première pour notre procédé", "combustible pour notre four", "input for the kiln" (issue 13, item 2).
 * Such a label says little of <em>what</em> is sought ("raw material" fits everything) and much of
 * <em>who</em> seeks it: the process it feeds. This reads the label as its parts; what they mean for
 * matching (the process read as an activity, what that activity takes) is the matcher's business.
 *
 * @param label the need's label as written
 * @param role what the head word asks for: any material the process takes, or a fuel
 * @param resource the words before the head ("sulphur" in "sulphur feedstock for sulphuric acid"), maybe empty
 * @param head the generic words that say it is an input ("raw material", "matière première", "fuel"...)
 * @param object the process the input is for, articles and possessives removed ("Alcohol production",
 *     "four"), never empty
 * @param ownProcess whether the object is the company's own process or plant ("notre procédé", "our kiln",
 *     "the boilers"): then it is read with the company's own activity, not as an activity of its own
 */
public record UsePhrase(String label, Role role, String resource, String head, String object, boolean ownProcess) {

    /** What the head asks for. */
    public enum Role {
        /** Raw material, feedstock, input, matière première, intrant: whatever material the process takes. */
        MATERIAL,
        /** Fuel, combustible: whatever the process burns. */
        FUEL
    }

    private static final String MATERIAL_HEADS = "secondary raw materials?|raw materials?(?: substitutes?)?"
            + "|feed ?stocks?|process inputs?|inputs?"
            + "|mati[eè]res? premi[eè]res?(?: secondaires?| de substitution)?|intrants?";
    private static final String FUEL_HEADS = "(?:alternative |substitute |secondary )?fuels?"
            + "|combustibles?(?: de substitution| alternatifs?| de r[eé]cup[eé]ration)?";
    private static final String ARTICLES =
            "(?:(?:the|our|a|an|its|le|la|les|notre|nos|un|une|son|sa|ses" + "|du|des|de la)\\s+|(?:de )?l['’]\\s*)*";
    private static final String POSSESSIVES = "(?:our|its|notre|nos|son|sa|ses)\\b.*";

    private static final Pattern PHRASE = Pattern.compile(
            "^(?<resource>.*?)(?:\\b(?:as|comme|en)\\s+)?\\b(?<head>" + MATERIAL_HEADS + "|" + FUEL_HEADS + ")"
                    + "\\s+(?:for|to feed|pour|destin[ée]e?s? [àa])\\s+(?<object>" + ARTICLES + ".+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FUEL = Pattern.compile(FUEL_HEADS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEADING_ARTICLES =
            Pattern.compile("^" + ARTICLES, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Words that name a company's own plant or process rather than an activity: "fuel for boilers", "input
     * for the process", "combustible pour notre four".
     */
    private static final Pattern PLANT = Pattern.compile(
            "^(?:(?:production |manufacturing |industrial )?(?:process(?:es)?|plant|site|factory|works|line|lines)"
                    + "|kilns?|furnaces?|boilers?|ovens?|dryers?|driers?|production|manufacturing"
                    + "|proc[ée]d[ée]s?(?: industriels?| de fabrication)?|usines?|sites?|fours?|chaudi[eè]res?"
                    + "|s[ée]choirs?|lignes?(?: de production)?|ateliers?|fabrication|production)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Equipment every kind of company may run: a need for its boiler or dryer says nothing of the company's
     * activity, however the boiler is qualified ("chaudière bois", "biomass boiler").
     */
    private static final Pattern EQUIPMENT = Pattern.compile(
            "\\b(?:boilers?|chaudi[eè]res?|chaufferies?|dryers?|driers?|s[ée]choirs?|burners?|br[uû]leurs?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Labels longer than this are not read as a use (a description, not a need). */
    static final int MAX_CHARS = 160;

    /** The label read as a use, or empty when it names no use in the words above. */
    public static Optional<UsePhrase> read(String label) {
        if (label == null || label.isBlank() || label.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(label.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        Matcher m = PHRASE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rawObject = m.group("object").strip();
        String object = LEADING_ARTICLES.matcher(rawObject).replaceFirst("").strip();
        object = object.replaceAll("[\\s.;:!?)]+$", "");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        String head = m.group("head");
        boolean possessive = rawObject.toLowerCase(Locale.ROOT).matches(POSSESSIVES);
        boolean plant =
                PLANT.matcher(object).matches() || EQUIPMENT.matcher(object).find();
        Role role = FUEL.matcher(head).matches() ? Role.FUEL : Role.MATERIAL;
        return Optional.of(new UsePhrase(label, role, m.group("resource").strip(), head, object, possessive || plant));
    }

    /**
     * Whether the object names a process of its own beside the company's ("our cement kiln"): an activity
     * may be read from it. "notre four" or "the boilers" name only the plant.
     */
    public boolean objectNamesAnActivity() {
        return !PLANT.matcher(object).matches() && !EQUIPMENT.matcher(object).find();
    }
}
