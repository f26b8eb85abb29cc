package org.symbiose.engine.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One problem found in a dataset, located precisely enough for a person to fix it. The sentence is not stored:
 * the code and its arguments are, so that the problem can be told in the reader's language
 * ({@link ErrorMessages}, French first, English complete).
 *
 * @param file file name as the user knows it ({@code flows.csv})
 * @param line 1-based line in the file (the header is line 1); 0 when the problem concerns the whole file
 * @param column column name, null when the problem concerns the whole line or file, or a cell with no name
 * @param cell 1-based position of the cell on its line when it has no column name; 0 otherwise
 * @param code stable machine code of the problem, the key of its message, e.g. {@code required}
 * @param args what the message names: the bad value, the limit, the column... (strings and numbers, never
 *     null), in the order of the message's {@code {0}}, {@code {1}}...
 */
public record DatasetError(String file, long line, String column, int cell, String code, List<Object> args) {

    public DatasetError {
        // A null value (an exception without a message) must not turn the report of a problem into a crash.
        args = args.stream().map(arg -> arg == null ? "" : arg).toList();
    }

    /** A problem in a named column (or, with a null column, on a whole line or file). */
    public DatasetError(String file, long line, String column, String code, Object... args) {
        this(file, line, column, 0, code, Arrays.asList(args));
    }

    /** The explanation alone, in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** The explanation alone, in French ({@link Locale#FRENCH}, the default) or English. */
    public String message(Locale locale) {
        return ErrorMessages.of(locale).message(this);
    }

    /** The whole line: {@code flows.csv, ligne 12, colonne « quantity » : ...} or its English. */
    public String describe(Locale locale) {
        return ErrorMessages.of(locale).describe(this);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
