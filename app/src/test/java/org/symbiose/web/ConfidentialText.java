package org.symbiose.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/**
 * Strings that must not appear in a response, each with whose it is, found in one pass over the text:
 * candidates are looked up by their first four characters, so a response of a megabyte is scanned in
 * milliseconds however many strings there are. Each string is also looked for as HTML escapes it.
 */
final class ConfidentialText {

    /** A string found where it should not be, and whose data it is. */
    record Leak(String text, String owner) {}

    private static final int KEY = 4;

    private final Map<Long, List<String[]>> byPrefix = new HashMap<>();
    private final int size;

    /** @param owners each string and whose it is ({@code "adeto: company"}); strings under 5 characters are too common to tell */
    ConfidentialText(Map<String, String> owners) {
        int count = 0;
        for (var entry : owners.entrySet()) {
            String text = entry.getKey();
            if (text.length() < 5) {
                continue;
            }
            count++;
            for (String form : new LinkedHashSet<>(List.of(text, HtmlUtils.htmlEscape(text, "UTF-8")))) {
                byPrefix.computeIfAbsent(key(form, 0), k -> new ArrayList<>())
                        .add(new String[] {form, text, entry.getValue()});
            }
        }
        size = count;
    }

    int size() {
        return size;
    }

    /** Every confidential string the text holds. */
    Set<Leak> foundIn(String text) {
        Set<Leak> found = new LinkedHashSet<>();
        for (int i = 0; i + KEY <= text.length(); i++) {
            List<String[]> candidates = byPrefix.get(key(text, i));
            if (candidates == null) {
                continue;
            }
            for (String[] candidate : candidates) {
                if (text.startsWith(candidate[0], i)) {
                    found.add(new Leak(candidate[1], candidate[2]));
                }
            }
        }
        return found;
    }

    private static long key(String text, int from) {
        long key = 0;
        for (int i = from; i < from + KEY; i++) {
            key = (key << 16) | text.charAt(i);
        }
        return key;
    }

    /** The strings of {@code all} that are not in {@code allowed}, with their owners. */
    static Map<String, String> except(Map<String, String> all, Collection<String> allowed) {
        var rest = new HashMap<>(all);
        allowed.forEach(rest::remove);
        return rest;
    }
}
