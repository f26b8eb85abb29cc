package org.symbiose.engine.search;

import java.util.List;
import java.util.Set;
import org.symbiose.engine.search.TextIndex.Text;

/** A folded word of an indexed text, with the forms it matches under. */
record Word(String text, Set<String> stems) {

    /** The distinct words of the texts, in order, numbers left out. */
    static List<Word> of(List<Text> texts) {
        return texts.stream()
                .flatMap(text -> TextAnalysis.words(text.value()).stream()
                        .filter(word -> !TextAnalysis.isNumber(word))
                        .map(word -> new Word(word, TextAnalysis.stems(word, text.language()))))
                .distinct()
                .toList();
    }
}
