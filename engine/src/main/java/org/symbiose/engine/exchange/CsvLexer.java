package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records by RFC 4180 ({@code "Dupont, fils"}, {@code ""} for a quote inside quotes,
 * line breaks inside quotes), in one pass and bounded memory: a cell keeps at most a limit of characters
 * and a record at most a limit of cells, however long the text. Problems are reported with the line where
 * they are and the 0-based index of the cell, and the lexer goes on where it can (text after a closing
 * quote) or stops (a quote never closed, a NUL character).
 */
final class CsvLexer implements Records {

    /** Told each problem of the text. */
    interface Problems {
        void report(long line, int cell, String code, Object... args);
    }

    private static final int END_OF_LINE = -2;
    private static final int END_OF_TEXT = -1;

    private final Reader in;
    private final int maxCellChars;
    private final int maxCells;
    private final Problems problems;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder cell = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private char delimiter = ',';
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private int cellCount;
    private boolean stopped;

    CsvLexer(Reader in, int maxCellChars, int maxCells, Problems problems) {
        this.in = in;
        this.maxCellChars = maxCellChars;
        this.maxCells = maxCells;
        this.problems = problems;
    }

    /**
     * Reads the start of the text: drops a byte-order mark and takes {@code ;} as the separator when the
     * first line holds more of them than commas.
     */
    void start() throws IOException {
        fill();
        if (position < limit && buffer[position] == '\uFEFF') {
            position++;
        }
        int semicolons = 0;
        int commas = 0;
        for (int i = position; i < limit && buffer[i] != '\n' && buffer[i] != '\r'; i++) {
            semicolons += buffer[i] == ';' ? 1 : 0;
            commas += buffer[i] == ',' ? 1 : 0;
        }
        delimiter = semicolons > commas ? ';' : ',';
    }

    @Override
    public long recordLine() {
        return recordLine;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int cellCount() {
        return cellCount;
    }

    /** The next record's cells (at most the limit of cells), or null at the end; empty lines are skipped. */
    @Override
    public String[] next() throws IOException {
        int c;
        while ((c = peek()) == '\n' || c == '\r') {
            read();
        }
        if (c < 0 || stopped) {
            return null;
        }
        recordLine = line;
        cells.clear();
        cellCount = 0;
        while (readCell() == delimiter) {
            // one more cell on the line
        }
        return cells.toArray(String[]::new);
    }

    /** Reads one cell and answers what ended it: the delimiter, {@link #END_OF_LINE} or {@link #END_OF_TEXT}. */
    private int readCell() throws IOException {
        int index = cellCount++;
        cell.setLength(0);
        long start = line;
        int c = read();
        if (c == '"') {
            while (true) {
                c = read();
                if (c == END_OF_TEXT) {
                    if (!stopped) {
                        stopped = true;
                        problems.report(start, index, "unterminated-quote", Long.toString(start));
                    }
                    return END_OF_TEXT;
                }
                if (c == '"') {
                    if (peek() != '"') {
                        break;
                    }
                    read();
                }
                append(c, start, index);
            }
            c = read();
            if (c != delimiter && !endsLine(c)) {
                problems.report(line, index, "text-after-quote");
                while (c != delimiter && !endsLine(c)) {
                    c = read();
                }
            }
        } else {
            while (c != delimiter && !endsLine(c)) {
                append(c, start, index);
                // The ordinary characters that follow in the buffer, copied at once: neither a separator, a
                // line end nor a NUL (read() must see them), and never past the cell's limit (append() tells it).
                int from = position;
                int room = Math.max(0, maxCellChars - cell.length());
                int end = room >= limit - from ? limit : from + room;
                int to = from;
                while (to < end) {
                    char x = buffer[to];
                    if (x == delimiter || x == '\n' || x == '\r' || x == 0) {
                        break;
                    }
                    to++;
                }
                if (to > from) {
                    cell.append(buffer, from, to - from);
                    position = to;
                }
                c = read();
            }
        }
        if (index < maxCells) {
            cells.add(cell.toString());
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        return c == delimiter ? c : (c == END_OF_TEXT ? END_OF_TEXT : END_OF_LINE);
    }

    private boolean endsLine(int c) {
        return c == '\n' || c == '\r' || c == END_OF_TEXT;
    }

    private void append(int c, long start, int index) {
        if (cell.length() < maxCellChars) {
            cell.append((char) c);
        } else if (cell.length() == maxCellChars) {
            cell.append('…');
            problems.report(start, index, "cell-too-long", maxCellChars);
        }
    }

    private int peek() throws IOException {
        if (position == limit) {
            fill();
        }
        return stopped || position == limit ? END_OF_TEXT : buffer[position];
    }

    /** The next character, counting lines ({@code \n}, {@code \r\n} or a lone {@code \r} end one). */
    private int read() throws IOException {
        int c = peek();
        if (c == END_OF_TEXT) {
            return c;
        }
        position++;
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        } else if (c == 0) {
            stopped = true;
            problems.report(line, cellCount - 1, "nul-character");
            return END_OF_TEXT;
        }
        return c;
    }

    private void fill() throws IOException {
        position = 0;
        limit = 0;
        while (limit == 0) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return;
            }
            limit = n;
        }
    }
}
