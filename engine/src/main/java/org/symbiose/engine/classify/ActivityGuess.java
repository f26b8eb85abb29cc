package org.symbiose.engine.classify;

import java.util.Objects;
import org.symbiose.engine.nomenclature.NafCode;

/**
 * One reading of a free-text activity as a NAF class.
 *
 * @param naf the NAF class (or sub-class, when the vocabulary names one)
 * @param confidence how surely the text says this activity, in [0, 1]
 * @param evidence what was recognised: a term of the vocabulary or "libellé NAF"
 */
public record ActivityGuess(NafCode naf, double confidence, String evidence) {

    public ActivityGuess {
        Objects.requireNonNull(naf, "naf");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /** The NACE division, the first two digits: "11" for 11.01. */
    public String division() {
        return naf.code().substring(0, 2);
    }

    /** The NACE class, four digits: "10.71" for the sub-class 10.71C. */
    public String nafClass() {
        return naf.code().substring(0, Math.min(5, naf.code().length()));
    }
}
