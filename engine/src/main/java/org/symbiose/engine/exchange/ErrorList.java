package org.symbiose.engine.exchange;

import java.util.ArrayList;

/**
 * The errors of one reading, at most a limit of them: a file of a million bad lines would otherwise hold a
 * million errors in memory. Past the limit errors are counted, and {@link #close} adds one saying how many
 * were left out.
 */
final class ErrorList extends ArrayList<DatasetError> {

    private final int limit;
    private long dropped;

    ErrorList(int limit) {
        this.limit = limit;
    }

    @Override
    public boolean add(DatasetError error) {
        if (size() < limit) {
            return super.add(error);
        }
        dropped++;
        return false;
    }

    /** Whether the limit was reached: reading further can only count errors. */
    boolean full() {
        return size() >= limit;
    }

    /** Adds, when errors were left out, one error saying how many. */
    void close(String file) {
        if (dropped > 0) {
            super.add(new DatasetError(file, 0, null, "too-many-errors", dropped, limit));
        }
    }
}
