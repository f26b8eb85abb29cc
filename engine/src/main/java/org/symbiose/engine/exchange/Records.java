package org.symbiose.engine.exchange;

import java.io.IOException;

/** The records of a table, in order: the lines of a CSV file or the rows of a sheet. */
interface Records {

    /** The next record's cells, or null at the end; records of no cell at all are skipped. */
    String[] next() throws IOException;

    /** Line (1-based) where the record last returned starts. */
    long recordLine();

    /** Line reached, for a problem met between records. */
    long line();

    /** Cells of the record last returned, including any beyond those returned. */
    int cellCount();
}
