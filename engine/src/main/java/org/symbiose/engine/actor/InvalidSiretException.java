package org.symbiose.engine.actor;

/**
 * A text is not a valid SIRET. The {@link Reason} lets the web layer explain it in French or English; the
 * message is English, for logs.
 */
public final class InvalidSiretException extends IllegalArgumentException {

    /** Why the text was refused, checked in this order. */
    public enum Reason {
        /** Something other than digits and spaces. */
        NOT_DIGITS,
        /** Not 14 digits once spaces are removed. */
        WRONG_LENGTH,
        /** 14 digits that fail the Luhn check (or La Poste's rule): usually a typing error. */
        BAD_CHECK_DIGIT
    }

    private final String input;
    private final Reason reason;

    public InvalidSiretException(String input, Reason reason) {
        super("Invalid SIRET '" + input + "': " + explanation(reason));
        this.input = input;
        this.reason = reason;
    }

    /** The text as it was given. */
    public String input() {
        return input;
    }

    public Reason reason() {
        return reason;
    }

    private static String explanation(Reason reason) {
        return switch (reason) {
            case NOT_DIGITS -> "only digits and spaces are allowed";
            case WRONG_LENGTH -> "a SIRET has 14 digits";
            case BAD_CHECK_DIGIT -> "the check digit does not match, probably a typing error";
        };
    }
}
