package org.symbiose.engine.exchange;

/**
 * One problem found in a dataset, located precisely enough for a person to fix it.
 *
 * @param file file name as the user knows it ({@code flows.csv})
 * @param line 1-based line in the file (the header is line 1); 0 when the problem concerns the whole file
 * @param column column name, null when the problem concerns the whole line or file
 * @param code stable machine code of the problem (for translation), e.g. {@code required}
 * @param message English explanation naming the bad value
 */
public record DatasetError(String file, long line, String column, String code, String message) {

    @Override
    public String toString() {
        var where = new StringBuilder(file);
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
    }
}
