package org.symbiose.engine.classify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a classifier remembers of the labels and words it has read: a territory of a million flows repeats
 * its labels and its words, each worth reading once. Two lifetimes, two bounds. A classifier shared by an
 * application (the web application's matcher lives as long as it runs, and is typed new labels every day)
 * remembers at most {@link #KEPT} labels and as many words, then reads further ones each time: unbounded, it
 * would grow for as long as the application runs. A run over a whole territory reads with a classifier of its
 * own ({@link FamilyClassifier#forRun}) whose cache remembers everything it meets and goes with the run.
 * Thread-safe: a run classifies on every core.
 */
final class ReadingCache {

    /** Distinct labels, and distinct words, a shared classifier remembers; further ones are read each time. */
    static final int KEPT = 50_000;

    private final Map<String, Set<String>> forms = new ConcurrentHashMap<>();
    private final Map<String, List<Classification>> labels = new ConcurrentHashMap<>();
    /** How many entries each map may hold. */
    private final int kept;

    private ReadingCache(int kept) {
        this.kept = kept;
    }

    /** For a classifier an application keeps: at most {@link #KEPT} labels and as many words. */
    static ReadingCache shared() {
        return new ReadingCache(KEPT);
    }

    /** For one run: remembers every label and word it meets, and is dropped with the run. */
    static ReadingCache forRun() {
        return new ReadingCache(Integer.MAX_VALUE);
    }

    /** The reading of a label by its words, remembered. */
    List<Classification> label(String label, Function<String, List<Classification>> read) {
        return remembered(labels, label, read);
    }

    /** A word's forms (itself, its stems, known words one typo away), remembered. */
    Set<String> forms(String word, Function<String, Set<String>> read) {
        return remembered(forms, word, read);
    }

    /** How many labels and words are remembered. */
    int entries() {
        return labels.size() + forms.size();
    }

    /** The value remembered for {@code key}, or worked out and remembered while there is room. */
    private <V> V remembered(Map<String, V> cache, String key, Function<String, V> work) {
        V found = cache.get(key);
        if (found == null) {
            found = work.apply(key);
            if (cache.size() < kept) {
                V raced = cache.putIfAbsent(key, found);
                if (raced != null) {
                    found = raced;
                }
            }
        }
        return found;
    }
}
