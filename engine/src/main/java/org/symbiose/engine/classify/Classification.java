package org.symbiose.engine.classify;

/**
 * A resource family a label was read as, and how sure the reading is.
 *
 * @param confidence in (0, 1]: 1 when the label is exactly a known name of the family or its waste code says so
 * @param evidence the known name or code that matched ("palettes", "LoW 15 01 03"), for explanations
 */
public record Classification(String family, double confidence, String evidence) {

    public Classification {
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of (0, 1]: " + confidence);
        }
    }
}
