package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON written piece by piece into a buffer of its own, handed to the writer in large blocks: a result of a
 * million candidates is never held as a document, nor a candidate as a string. Not thread-safe.
 */
final class JsonOut {

    private static final int SIZE = 1 << 16;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;

    JsonOut(Writer out) {
        this.out = out;
    }

    /** Characters written as they are: punctuation and names the writer spells itself. */
    JsonOut raw(String text) throws IOException {
        int length = text.length();
        if (length > SIZE - used) {
            drain();
            if (length > SIZE) {
                out.write(text);
                return this;
            }
        }
        text.getChars(0, length, buffer, used);
        used += length;
        return this;
    }

    JsonOut raw(char c) throws IOException {
        if (used == SIZE) {
            drain();
        }
        buffer[used++] = c;
        return this;
    }

    JsonOut integer(long value) throws IOException {
        return raw(Long.toString(value));
    }

    /** A number as the contract has always shown it: integral values with ".0", others as Java prints them. */
    JsonOut number(double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
                return raw("-0.0");
            }
            return raw(Long.toString((long) value)).raw(".0");
        }
        return raw(Double.toString(value));
    }

    /** A string quoted and escaped, or {@code null}. */
    JsonOut string(String value) throws IOException {
        if (value == null) {
            return raw("null");
        }
        raw('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                raw(value.substring(start, i));
                raw(escape(c));
                start = i + 1;
            }
        }
        raw(start == 0 ? value : value.substring(start));
        return raw('"');
    }

    JsonOut strings(List<String> values) throws IOException {
        raw('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                raw(", ");
            }
            string(values.get(i));
        }
        return raw(']');
    }

    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        };
    }

    /** Hands what is buffered to the writer. */
    void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Hands what is buffered to the writer and flushes it. */
    void flush() throws IOException {
        drain();
        out.flush();
    }
}
