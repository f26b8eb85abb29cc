package org.symbiose.engine.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query as typed, analysed once before the scan.
 *
 * @param compactCode the query's letters and digits only, compared with item codes
 * @param codeLike whether the query holds a digit, and so may be the start of a code
 * @param words the words that must match: stop words and numbers removed
 * @param typing whether the last word may be unfinished (the query does not end with a space or punctuation)
 * @param phrases the folded query, as typed and with aliases expanded
 * @param firstWord the first word as typed, stop word or not, so that "boulangeries" still finds labels
 *     starting with "boulangerie"; null for a query without words
 */
record Query(
        String compactCode, boolean codeLike, List<Term> words, boolean typing, Set<String> phrases, Term firstWord) {

    enum Match {
        WORD,
        PREFIX,
        NONE
    }

    /** A word of the query, in every form it may match: as typed, its alias, and their French and English stems. */
    record Term(List<String> forms, Set<String> stems) {

        static Term of(String word, Map<String, String> aliases) {
            List<String> forms = aliases.containsKey(word) ? List.of(word, aliases.get(word)) : List.of(word);
            Set<String> stems = new HashSet<>();
            forms.forEach(form -> stems.addAll(TextAnalysis.stems(form)));
            return new Term(forms, Set.copyOf(stems));
        }

        Match match(List<Word> words, boolean mayBePrefix) {
            for (Word word : words) {
                for (String stem : word.stems()) {
                    if (stems.contains(stem)) {
                        return Match.WORD;
                    }
                }
            }
            if (mayBePrefix) {
                for (Word word : words) {
                    for (String form : forms) {
                        if (word.text().startsWith(form)) {
                            return Match.PREFIX;
                        }
                    }
                }
            }
            return Match.NONE;
        }
    }

    static Query parse(String text, Map<String, String> aliases) {
        List<String> all = TextAnalysis.words(text);
        if (all.size() > TextIndex.MAX_QUERY_WORDS) {
            all = all.subList(0, TextIndex.MAX_QUERY_WORDS);
        }
        boolean typing = !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i);
            boolean lastTyped = typing && i == all.size() - 1;
            if (!TextAnalysis.isNumber(word) && (!TextAnalysis.isStopWord(word) || lastTyped)) {
                kept.add(word);
            }
        }
        if (kept.isEmpty()) {
            kept = all.stream().filter(word -> !TextAnalysis.isNumber(word)).toList();
        }
        String compactCode = TextAnalysis.compactCode(text);
        Set<String> phrases = new LinkedHashSet<>();
        if (!all.isEmpty()) {
            phrases.add(String.join(" ", all));
            phrases.add(String.join(
                    " ", all.stream().map(w -> aliases.getOrDefault(w, w)).toList()));
        }
        return new Query(
                compactCode,
                compactCode.chars().anyMatch(Character::isDigit),
                kept.stream().map(word -> Term.of(word, aliases)).toList(),
                typing,
                phrases,
                all.isEmpty() ? null : Term.of(all.get(0), aliases));
    }

    boolean isEmpty() {
        return words.isEmpty() && compactCode.isEmpty();
    }
}
