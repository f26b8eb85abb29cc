package org.symbiose.engine.matching.output;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON put directly into UTF-8 bytes, in a buffer of its own that grows as needed: escaping and encoding
 * are one pass over each string's characters, where a {@link java.io.Writer} took one pass to escape and
 * another to encode (two fifths of the writing stage at a million flows). Each core renders its own slice of
 * candidates into one (see {@link CandidateBatches#render}). Not thread-safe.
 *
 * <p>The bytes are those an {@code OutputStreamWriter} in UTF-8 gave for the same characters, a lone
 * surrogate (which no dataset read by the engine can hold) included: it becomes {@code ?}.
 */
final class Utf8Json {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int used;

    Utf8Json(int capacity) {
        bytes = new byte[capacity];
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return used;
    }

    void clear() {
        used = 0;
    }

    /** Characters written as they are: punctuation and names the writer spells itself. */
    Utf8Json raw(String text) {
        encode(text, false);
        return this;
    }

    Utf8Json raw(char c) {
        room(1);
        bytes[used++] = (byte) c;
        return this;
    }

    Utf8Json integer(long value) {
        return raw(Long.toString(value));
    }

    /** A number as the contract has always shown it: integral values with ".0", others as Java prints them. */
    Utf8Json number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
                return raw("-0.0");
            }
            return raw(Long.toString((long) value)).raw(".0");
        }
        return raw(Double.toString(value));
    }

    /** A string quoted and escaped, or {@code null}. */
    Utf8Json string(String value) {
        if (value == null) {
            return raw("null");
        }
        raw('"');
        encode(value, true);
        return raw('"');
    }

    Utf8Json strings(List<String> values) {
        return strings(values, Map.of());
    }

    /**
     * A string quoted and escaped, its bytes taken from {@code known} when they are there (see {@link
     * #quoted}): the very instance, not an equal string.
     */
    Utf8Json string(String value, Map<String, byte[]> known) {
        byte[] quoted = value == null ? null : known.get(value);
        if (quoted == null) {
            return string(value);
        }
        room(quoted.length);
        System.arraycopy(quoted, 0, bytes, used, quoted.length);
        used += quoted.length;
        return this;
    }

    Utf8Json strings(List<String> values, Map<String, byte[]> known) {
        raw('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                raw(", ");
            }
            string(values.get(i), known);
        }
        return raw(']');
    }

    /**
     * Texts that many candidates share as the same instances, each with its bytes as {@link #string} writes
     * it, recognised by identity: read only once made, so every core may use it.
     */
    static Map<String, byte[]> quoted(List<String> texts) {
        Map<String, byte[]> known = new IdentityHashMap<>();
        var json = new Utf8Json(1 << 10);
        for (String text : texts) {
            json.clear();
            json.string(text);
            known.put(text, Arrays.copyOf(json.bytes(), json.length()));
        }
        return known;
    }

    private void encode(String text, boolean escape) {
        int length = text.length();
        // At most 6 bytes a character (an escaped control character), 3 for any other.
        room(6 * length);
        byte[] b = bytes;
        int u = used;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (escape && (c < 0x20 || c == '"' || c == '\\')) {
                    u = escaped(c, b, u);
                } else {
                    b[u++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[u++] = (byte) (0xc0 | (c >> 6));
                b[u++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                char next = i + 1 < length ? text.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                    int point = Character.toCodePoint(c, next);
                    b[u++] = (byte) (0xf0 | (point >> 18));
                    b[u++] = (byte) (0x80 | ((point >> 12) & 0x3f));
                    b[u++] = (byte) (0x80 | ((point >> 6) & 0x3f));
                    b[u++] = (byte) (0x80 | (point & 0x3f));
                    i++;
                } else {
                    b[u++] = '?';
                }
            } else {
                b[u++] = (byte) (0xe0 | (c >> 12));
                b[u++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[u++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        used = u;
    }

    private static int escaped(char c, byte[] b, int u) {
        b[u++] = '\\';
        switch (c) {
            case '"' -> b[u++] = '"';
            case '\\' -> b[u++] = '\\';
            case '\n' -> b[u++] = 'n';
            case '\r' -> b[u++] = 'r';
            case '\t' -> b[u++] = 't';
            default -> {
                b[u++] = 'u';
                b[u++] = '0';
                b[u++] = '0';
                b[u++] = HEX[c >> 4];
                b[u++] = HEX[c & 0xf];
            }
        }
        return u;
    }

    private void room(int more) {
        if (bytes.length - used < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + more));
        }
    }
}
