package org.symbiose.engine.matching;

/**
 * The languages a result's sentences (reasons, refusals) are written in. Writing them in one language only
 * halves the work and the size of a large output; {@link #BOTH} is what the match contract has always held.
 */
public enum ReasonLanguages {
    FR,
    EN,
    BOTH;

    public boolean french() {
        return this != EN;
    }

    public boolean english() {
        return this != FR;
    }
}
