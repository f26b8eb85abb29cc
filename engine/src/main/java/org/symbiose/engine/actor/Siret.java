package org.symbiose.engine.actor;

import java.util.regex.Pattern;

/**
 * The SIRET of a French establishment (a site of a company): the 9-digit SIREN of the company followed by a
 * 5-digit establishment number (NIC). Whitespace is ignored: {@code new Siret("732 829 320 00074")} equals
 * {@code new Siret("73282932000074")}.
 *
 * @param value the 14 digits, without spaces
 */
public record Siret(String value) {

    /** La Poste's establishments outnumber what the Luhn key allows, so INSEE gives them their own rule. */
    private static final String LA_POSTE_SIREN = "356000000";

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u202F]");

    /**
     * @throws InvalidSiretException with the reason, if the value is not 14 digits with a valid check digit
     */
    public Siret {
        value = check(value);
    }

    /**
     * As the constructor, for reading user input.
     *
     * @throws InvalidSiretException with the reason
     */
    public static Siret parse(String text) {
        return new Siret(text);
    }

    /** Whether {@link #parse} would accept the text; false for null. */
    public static boolean isValid(String text) {
        try {
            check(text);
            return true;
        } catch (InvalidSiretException | NullPointerException e) {
            return false;
        }
    }

    /** The 9-digit SIREN of the company the establishment belongs to. */
    public String siren() {
        return value.substring(0, 9);
    }

    /** Grouped as INSEE prints it: "732 829 320 00074". */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " "
                + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String text) {
        String digits = WHITESPACE.matcher(text).replaceAll("");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidSiretException(text, InvalidSiretException.Reason.NOT_DIGITS);
        }
        if (digits.length() != 14) {
            throw new InvalidSiretException(text, InvalidSiretException.Reason.WRONG_LENGTH);
        }
        if (!luhnValid(digits) && !laPosteValid(digits)) {
            throw new InvalidSiretException(text, InvalidSiretException.Reason.BAD_CHECK_DIGIT);
        }
        return digits;
    }

    /** Luhn: from the right, every second digit doubled (minus 9 above 9); the total is a multiple of 10. */
    private static boolean luhnValid(String digits) {
        return luhnSum(digits, 1) % 10 == 0;
    }

    /** The digit that, appended to {@code digits}, makes a Luhn-valid number (a SIREN's or SIRET's last). */
    public static char luhnCheckDigit(String digits) {
        return (char) ('0' + (10 - luhnSum(digits, 0) % 10) % 10);
    }

    /** The Luhn sum of the digits, doubling those whose rank from the right (0 for the last) has parity {@code doubled}. */
    private static int luhnSum(String digits, int doubled) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    /** La Poste (SIREN 356000000): the plain sum of the 14 digits is a multiple of 5. */
    private static boolean laPosteValid(String digits) {
        return digits.startsWith(LA_POSTE_SIREN)
                && digits.chars().map(c -> c - '0').sum() % 5 == 0;
    }
}
