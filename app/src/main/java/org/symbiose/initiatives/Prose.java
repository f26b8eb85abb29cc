package org.symbiose.initiatives;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * Free text of a sheet, as paragraphs separated by a blank line. {@code **bold**} spans are kept as
 * typed and rendered by the templates.
 */
public record Prose(@JsonValue String text) {

    public static final Prose EMPTY = new Prose("");

    public Prose {
        text = text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    public static Prose of(List<String> paragraphs) {
        return new Prose(String.join("\n\n", paragraphs));
    }

    public List<String> paragraphs() {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
