package org.symbiose.engine.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Search-as-you-type over a small, fixed collection (a nomenclature of a few thousand items), scanned in full
 * on each query: at this size a scan takes a millisecond or two and needs no inverted index.
 *
 * <p>A query matches an item through its codes (exact or, when the query holds a digit, prefix: "1501" finds
 * the 15 01 entries), its labels, or its keywords. Words are compared after {@link TextAnalysis} folding and
 * light stemming, so case, accents and plurals do not matter; the last word of a query that does not end
 * with a space or punctuation may also be the start of a word, as the user may still be typing it. Stop words
 * are ignored unless the query has nothing else; numbers are matched as codes only, not as words.
 *
 * <p>Ranking, best first:
 *
 * <ol>
 *   <li>exact code, then code prefix, in code order;
 *   <li>more query words matched;
 *   <li>matched in labels rather than only in keywords;
 *   <li>matched as whole words rather than as a typed prefix;
 *   <li>a label or keyword equal to the query;
 *   <li>main label starting with the query;
 *   <li>shorter main label;
 *   <li>main code.
 * </ol>
 *
 * Items matching no query word are left out. Instances are immutable and thread-safe.
 *
 * @param <T> the catalogue entry type
 */
public final class TextIndex<T> {

    /** At most this many query words are considered; longer queries are cut, to bound the cost of a scan. */
    static final int MAX_QUERY_WORDS = 12;

    private static final Comparator<Hit<?>> RANKING = Comparator.<Hit<?>>comparingInt(Hit::codeTier)
            .thenComparing(Comparator.<Hit<?>>comparingInt(Hit::matched).reversed())
            .thenComparing(Hit::viaKeyword)
            .thenComparing(Hit::prefixOnly)
            .thenComparing(Hit::exactPhrase, Comparator.reverseOrder())
            .thenComparing(Hit::labelStartsWithQuery, Comparator.reverseOrder())
            .thenComparingInt(Hit::labelLength)
            .thenComparing(Hit::sortCode);

    /** A label or keyword and the language its words are stemmed in. */
    public record Text(String value, Language language) {
        public Text {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(language, "language");
        }

        public static Text french(String value) {
            return new Text(value, Language.FRENCH);
        }

        public static Text english(String value) {
            return new Text(value, Language.ENGLISH);
        }
    }

    /**
     * What is searchable in one item.
     *
     * @param codes its codes, main code first (for ties); compared on letters and digits only
     * @param label the main label, for "starts with the query" and length ranking
     * @param labels all labels, main label included (French and English)
     * @param keywords everyday words that the official labels lack; matches here rank after label matches
     */
    public record Fields(List<String> codes, String label, List<Text> labels, List<Text> keywords) {
        public Fields {
            codes = List.copyOf(codes);
            Objects.requireNonNull(label, "label");
            labels = List.copyOf(labels);
            keywords = List.copyOf(keywords);
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("An indexed item needs at least one code");
            }
        }
    }

    record Hit<T>(
            T item,
            int codeTier,
            int matched,
            boolean viaKeyword,
            boolean prefixOnly,
            boolean exactPhrase,
            boolean labelStartsWithQuery,
            int labelLength,
            String sortCode) {}

    private final List<IndexedItem<T>> items;
    private final Map<String, String> aliases;

    /**
     * @param aliases query abbreviations and what they stand for, as folded words ("st" -> "saint"); a query
     *     word then matches either form
     */
    public TextIndex(Collection<T> items, Function<T, Fields> fields, Map<String, String> aliases) {
        this.items = items.stream()
                .map(item -> IndexedItem.of(item, fields.apply(item)))
                .toList();
        this.aliases = Map.copyOf(aliases);
    }

    public TextIndex(Collection<T> items, Function<T, Fields> fields) {
        this(items, fields, Map.of());
    }

    /**
     * The best items for a query typed by a person, best first.
     *
     * @param limit the maximum number of results, zero or more
     * @return at most {@code limit} items; empty for a blank query
     */
    public List<T> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be zero or more, was " + limit);
        }
        Query parsed = Query.parse(query, aliases);
        if (limit == 0 || parsed.isEmpty()) {
            return List.of();
        }
        List<Hit<T>> hits = new ArrayList<>();
        for (IndexedItem<T> item : items) {
            item.score(parsed).ifPresent(hits::add);
        }
        hits.sort(RANKING);
        return hits.stream().limit(limit).map(Hit::item).toList();
    }
}
