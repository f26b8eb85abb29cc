package org.symbiose.engine.exchange;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A problem of the bytes under a file being read (not UTF-8, too large, a corrupt archive entry), raised
 * from inside a stream so that the table reading it can report it with its file and line.
 */
final class DatasetReadException extends IOException {

    private final String code;
    private final List<Object> args;

    DatasetReadException(String code, Object... args) {
        super(new DatasetError("", 0, null, code, args).message());
        this.code = code;
        this.args = Arrays.asList(args);
    }

    /** The error this problem is, at a place in a file. */
    DatasetError at(String file, long line) {
        return new DatasetError(file, line, null, 0, code, args);
    }
}
