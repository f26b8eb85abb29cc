package org.symbiose.engine.generate;

import org.symbiose.engine.actor.Siret;

/**
 * Fictional SIRETs with valid keys: a 9-digit SIREN whose own Luhn key holds, then a 5-digit
 * establishment number completing the Luhn key of the 14 digits, as INSEE builds them. Distinct actors
 * get distinct SIRENs: the n-th SIREN is an affine permutation of n.
 */
final class Sirets {

    private static final long SPAN = 70_000_000L;
    /** Prime, and coprime with {@link #SPAN}: n -> (n * STEP + offset) mod SPAN is a permutation. */
    private static final long STEP = 48_271L;

    private final long offset;

    Sirets(long offset) {
        this.offset = Math.floorMod(offset, SPAN);
    }

    /** The SIRET of the {@code n}-th actor (n from 0) and its {@code establishment}-th site (1 to 999). */
    String siret(long n, int establishment) {
        long body = 30_000_000L + Math.floorMod(n * STEP + offset, SPAN);
        String siren = complete(Long.toString(body));
        return complete(siren + String.format("%04d", establishment));
    }

    /** Appends the digit that makes the Luhn sum of the whole a multiple of 10. */
    static String complete(String digits) {
        return digits + Siret.luhnCheckDigit(digits);
    }
}
