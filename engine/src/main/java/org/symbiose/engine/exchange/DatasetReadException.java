package org.symbiose.engine.exchange;

import java.io.IOException;

/**
 * A problem of the bytes under a file being read (not UTF-8, too large, a corrupt archive entry), raised
 * from inside a stream so that the table reading it can report it with its file and line.
 */
final class DatasetReadException extends IOException {

    private final String code;

    DatasetReadException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
