package org.symbiose.engine.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset with at least one error: nothing of it may be imported. */
public class DatasetException extends Exception {

    private final List<DatasetError> errors;

    public DatasetException(List<DatasetError> errors) {
        super(errors.size() + " error(s) in dataset:\n"
                + errors.stream().limit(50).map(DatasetError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** One error about a whole file. */
    static DatasetException of(String file, String code, Object... args) {
        return new DatasetException(List.of(new DatasetError(file, 0, null, code, args)));
    }

    public List<DatasetError> errors() {
        return errors;
    }
}
