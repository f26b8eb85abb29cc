package org.symbiose.engine.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a function of a cell's text gave for each text seen, so that the texts repeating over a million
 * rows (units, codes, dates, communes) are parsed and checked once. The function must depend on the text
 * alone and never return null. At most {@link #LIMIT} texts are remembered; the others are computed each
 * time. Not thread-safe: each reading has its own.
 */
final class Memo<V> {

    static final int LIMIT = 20_000;

    private final Function<String, V> function;
    private final Map<String, V> values = new HashMap<>();

    Memo(Function<String, V> function) {
        this.function = function;
    }

    V apply(String text) {
        V value = values.get(text);
        if (value == null) {
            value = function.apply(text);
            if (values.size() < LIMIT) {
                values.put(text, value);
            }
        }
        return value;
    }
}
