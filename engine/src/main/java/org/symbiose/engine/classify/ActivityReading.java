package org.symbiose.engine.classify;

/**
 * What the engine takes a company's activity to be: the NAF code it gave, or else what its free-text activity
 * reads as. A given code always wins; the text's reading is kept beside it so that a disagreement can be told.
 *
 * @param activity the activity as the company wrote it, or null
 * @param givenNaf the NAF or NACE code the company gave, or null
 * @param guess the best reading of {@code activity} above the reader's threshold, or null when the text is
 *     missing or was not recognised
 */
public record ActivityReading(String activity, String givenNaf, ActivityGuess guess) {

    /** The code the matcher uses: the given one, else the one read from the text; null when neither. */
    public String code() {
        if (givenNaf != null) {
            return givenNaf;
        }
        return guess == null ? null : guess.naf().code();
    }

    /** Whether the code was read from the text, no code being given. */
    public boolean readFromText() {
        return givenNaf == null && guess != null;
    }

    /** Whether an activity was written but says nothing the reader recognises (and no code was given). */
    public boolean unrecognised() {
        return givenNaf == null && guess == null && activity != null && !activity.isBlank();
    }

    /** Whether the given code and the text's reading fall in different NACE divisions. */
    public boolean disagrees() {
        return givenNaf != null && guess != null && !division(givenNaf).equals(guess.division());
    }

    /**
     * The first two digits of a code, whatever stands between them. Read without a regular expression: it is
     * asked for each candidate a writer explains, millions at a million flows.
     */
    private static String division(String code) {
        char[] digits = new char[2];
        int found = 0;
        for (int i = 0; i < code.length() && found < 2; i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[found++] = c;
            }
        }
        return new String(digits, 0, found);
    }
}
