package org.symbiose.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.matching.Progress;

/** Reads a dataset from the command line's path: a folder, a .zip or an .xlsx. */
final class DatasetFiles {

    private DatasetFiles() {}

    /** Reads the dataset, telling {@code progress} how much of each file has been read. */
    static Dataset read(Path path, Progress progress) throws IOException, DatasetException {
        return new ExchangeReader().read(path, progress);
    }
}
