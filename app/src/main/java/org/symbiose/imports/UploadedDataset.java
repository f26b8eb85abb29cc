package org.symbiose.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.DatasetError;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.matching.Progress;

/**
 * An uploaded dataset ({@code .zip} or {@code .xlsx}) copied to a temporary file, which the reader needs
 * (it reads zips in place), and deleted once read. Errors name the file as the user called it, never the
 * temporary file.
 */
final class UploadedDataset implements AutoCloseable {

    private final String name;
    private final Path file;

    private UploadedDataset(String name, Path file) {
        this.name = name;
        this.file = file;
    }

    /**
     * Copies the upload.
     *
     * @throws DatasetException when the file is neither a {@code .zip} nor an {@code .xlsx}
     */
    static UploadedDataset copy(String originalName, InputStream content) throws IOException, DatasetException {
        String name = originalName == null || originalName.isBlank()
                ? "?"
                : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.endsWith(".zip") ? ".zip" : lower.endsWith(".xlsx") ? ".xlsx" : null;
        if (extension == null) {
            throw new DatasetException(List.of(new DatasetError(name, 0, null, "unsupported-dataset")));
        }
        Path file = Files.createTempFile("symbiose-import-", extension);
        try (content) {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new UploadedDataset(name, file);
    }

    String name() {
        return name;
    }

    /** Reads and checks the dataset; errors about the whole upload name it as the user did. */
    Dataset read(Progress progress) throws IOException, DatasetException {
        try {
            return new ExchangeReader().read(file, progress);
        } catch (DatasetException e) {
            String temporary = file.getFileName().toString();
            throw new DatasetException(e.errors().stream()
                    .map(error -> error.file().equals(temporary) || error.file().equals(file.toString())
                            ? new DatasetError(
                                    name, error.line(), error.column(), error.cell(), error.code(), error.args())
                            : error)
                    .toList());
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
