package org.symbiose.engine.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.symbiose.engine.search.Query.Match;
import org.symbiose.engine.search.TextIndex.Fields;
import org.symbiose.engine.search.TextIndex.Hit;
import org.symbiose.engine.search.TextIndex.Text;

/**
 * One item of a {@link TextIndex}, analysed once when the index is built.
 *
 * @param codes the item's codes, letters and digits only
 * @param labelPhrase the folded main label
 * @param labelStart the first word of the main label
 * @param phrases every folded label and keyword, for "equal to the query"
 */
record IndexedItem<T>(
        T item,
        List<String> codes,
        String labelPhrase,
        List<Word> labelStart,
        Set<String> phrases,
        List<Word> labelWords,
        List<Word> keywordWords) {

    private static final int EXACT_CODE = 0;
    private static final int CODE_PREFIX = 1;
    private static final int TEXT = 2;

    static <T> IndexedItem<T> of(T item, Fields fields) {
        Text main = fields.labels().stream()
                .filter(text -> text.value().equals(fields.label()))
                .findFirst()
                .orElse(Text.french(fields.label()));
        return new IndexedItem<>(
                item,
                fields.codes().stream().map(TextAnalysis::compactCode).toList(),
                TextAnalysis.phrase(fields.label()),
                Word.of(List.of(main)).stream().limit(1).toList(),
                Stream.concat(fields.labels().stream(), fields.keywords().stream())
                        .map(text -> TextAnalysis.phrase(text.value()))
                        .collect(Collectors.toUnmodifiableSet()),
                Word.of(fields.labels()),
                Word.of(fields.keywords()));
    }

    Optional<Hit<T>> score(Query query) {
        int codeTier = codeTier(query);
        if (codeTier != TEXT) {
            return Optional.of(new Hit<>(item, codeTier, 0, false, false, false, false, 0, codes.get(0)));
        }
        int matched = 0;
        boolean viaKeyword = false;
        boolean prefixOnly = false;
        for (int i = 0; i < query.words().size(); i++) {
            Query.Term word = query.words().get(i);
            boolean mayBePrefix = query.typing() && i == query.words().size() - 1;
            Match match = word.match(labelWords, mayBePrefix);
            if (match == Match.NONE) {
                match = word.match(keywordWords, mayBePrefix);
                viaKeyword |= match != Match.NONE;
            }
            if (match != Match.NONE) {
                matched++;
                prefixOnly |= match == Match.PREFIX;
            }
        }
        if (matched == 0) {
            return Optional.empty();
        }
        boolean exact = query.phrases().stream().anyMatch(phrases::contains);
        boolean startsWith = query.phrases().stream().anyMatch(labelPhrase::startsWith)
                || (query.firstWord() != null && query.firstWord().match(labelStart, false) == Match.WORD);
        return Optional.of(new Hit<>(
                item, TEXT, matched, viaKeyword, prefixOnly, exact, startsWith, labelPhrase.length(), codes.get(0)));
    }

    private int codeTier(Query query) {
        String code = query.compactCode();
        if (code.isEmpty()) {
            return TEXT;
        }
        if (codes.contains(code)) {
            return EXACT_CODE;
        }
        boolean prefix = query.codeLike() && codes.stream().anyMatch(c -> c.startsWith(code));
        return prefix ? CODE_PREFIX : TEXT;
    }
}
