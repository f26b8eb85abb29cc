package org.symbiose.nomenclatures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last answers to nomenclature searches. The catalogues never change while the application
 * runs, so an answer never goes stale; the bound keeps memory flat whatever people type (about
 * 2,000 answers of at most {@link NomenclatureApiController#MAX_LIMIT} small records each).
 */
final class SearchCache {

    static final int MAX_ENTRIES = 2_000;

    private record Key(String catalogue, String query, int limit) {}

    private final Map<Key, List<?>> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<?>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The cached answer, or the one the search gives now (searched outside the lock). */
    @SuppressWarnings("unchecked")
    <T> List<T> answer(String catalogue, String query, int limit, Supplier<List<T>> search) {
        var key = new Key(catalogue, query, limit);
        synchronized (answers) {
            List<?> cached = answers.get(key);
            if (cached != null) {
                return (List<T>) cached;
            }
        }
        List<T> fresh = List.copyOf(search.get());
        synchronized (answers) {
            answers.put(key, fresh);
        }
        return fresh;
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
