package org.symbiose.engine.matching;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Candidates that write their reasons when read, in the languages asked, so that a writer that wants one
 * language does not pay for the other. Read as a plain list, they come in both languages. Unmodifiable.
 */
public abstract class ExplainedCandidates extends AbstractList<Candidate> implements RandomAccess {

    /**
     * @param index 0 for the best candidate
     * @param languages the reasons written; the lists of the other language are empty
     */
    abstract Candidate get(int index, ReasonLanguages languages);

    /**
     * Texts that many candidates hold as the very same instances (a pathway's id and labels, the sentences
     * that depend on the pathway alone): a writer may encode each once and reuse its bytes, recognising it
     * by identity. Any other text, even if equal, is written as usual.
     */
    public List<String> sharedTexts() {
        return List.of();
    }

    @Override
    public final Candidate get(int index) {
        return get(index, ReasonLanguages.BOTH);
    }
}
