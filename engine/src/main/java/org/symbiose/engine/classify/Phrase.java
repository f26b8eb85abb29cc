package org.symbiose.engine.classify;

import java.util.List;
import java.util.Set;

/**
 * A known name of a family, as the words a label must contain: each word given by the forms it may
 * take (itself and its stem).
 */
record Phrase(String family, String text, List<Set<String>> words) {

    Phrase {
        words = List.copyOf(words);
    }

    int size() {
        return words.size();
    }
}
