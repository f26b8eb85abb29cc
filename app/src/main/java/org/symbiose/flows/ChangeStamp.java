package org.symbiose.flows;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A stamp of a set of rows read by one aggregate instead of every row, which changes with every write: a
 * deletion lowers the count, a new row raises the sum of ids (a new id is higher than every other), every
 * edit raises a version. Equal stamps mean the same rows, different ones almost surely a change. The
 * companies' and the flows' repositories stamp their rows the same way (the opportunities page compares
 * both); it lives in flows because companies depend on flows, not the reverse.
 */
public final class ChangeStamp {

    /** What a stamp's query selects, in this order, from a table with {@code id} and {@code version}. */
    public static final String AGGREGATE = "count(*), coalesce(sum(id), 0), coalesce(sum(version), 0)";

    private long rows;
    private long idSum;
    private long versionSum;

    /** Adds a row of {@link #AGGREGATE} (several when the rows are read in chunks). */
    public ChangeStamp add(ResultSet aggregate) throws SQLException {
        rows += aggregate.getLong(1);
        idSum += aggregate.getLong(2);
        versionSum += aggregate.getLong(3);
        return this;
    }

    /** Mixes the count, the sum of ids and the sum of versions into one number (large odd multipliers). */
    public long value() {
        return rows * 0x9E3779B97F4A7C15L + idSum * 0xC2B2AE3D27D4EB4FL + versionSum * 0x165667B19E3779F9L;
    }
}
