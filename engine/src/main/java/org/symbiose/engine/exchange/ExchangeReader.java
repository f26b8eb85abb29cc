package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiose.engine.matching.Progress;

/**
 * Reads a dataset of the exchange format (docs/formats/exchange-format.md) from a folder, a zip of it or
 * an .xlsx. Every problem is collected with its file, line and column; a dataset with any error is refused
 * whole with a {@link DatasetException}. Whatever the bytes, reading ends within the {@link ReadLimits} in
 * time linear in the input and bounded memory, with a dataset or a {@link DatasetException}.
 */
public final class ExchangeReader {

    public static final String ACTORS = "actors.csv";
    public static final String FLOWS = "flows.csv";

    private final ReadLimits limits;
    private final ExchangeRows rows;

    public ExchangeReader() {
        this(ReadLimits.DEFAULT);
    }

    public ExchangeReader(ReadLimits limits) {
        this.limits = limits;
        this.rows = new ExchangeRows(limits);
    }

    /** Reads {@code actors.csv} and {@code flows.csv} from a folder, a {@code .zip} or an {@code .xlsx}. */
    public Dataset read(Path dataset) throws IOException, DatasetException {
        return read(dataset, Progress.SILENT);
    }

    /**
     * As {@link #read(Path)}, telling {@code progress} how much of each file of a folder or zip has been read
     * (stages "reading actors.csv (kB)" and "reading flows.csv (kB)", in kilobytes of the file).
     *
     * @throws IOException only when the dataset cannot be opened (the disk, permissions); anything wrong in
     *     its content is a {@link DatasetException}
     */
    public Dataset read(Path dataset, Progress progress) throws IOException, DatasetException {
        if (Files.isDirectory(dataset)) {
            return readFolder(dataset, progress);
        }
        if (!Files.isRegularFile(dataset)) {
            throw DatasetException.of(dataset.toString(), "no-such-dataset");
        }
        String name = dataset.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            if (Files.size(dataset) > limits.maxFileBytes()) {
                throw tooLarge(dataset.getFileName().toString());
            }
            try (ZipDataset zip = ZipDataset.open(dataset, limits);
                    CheckedBytes actors = zip.open(ACTORS);
                    CheckedBytes flows = zip.open(FLOWS)) {
                return read(
                        new Source(new StrictUtf8Reader(actors), actors, zip.statedSize(ACTORS)),
                        new Source(new StrictUtf8Reader(flows), flows, zip.statedSize(FLOWS)),
                        progress);
            }
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(dataset);
        }
        throw DatasetException.of(dataset.toString(), "unsupported-dataset");
    }

    /** Reads the two files from readers (e.g. classpath resources). */
    public Dataset read(Reader actorsCsv, Reader flowsCsv) throws IOException, DatasetException {
        return read(new Source(actorsCsv, null, 0), new Source(flowsCsv, null, 0), Progress.SILENT);
    }

    private Dataset readFolder(Path dataset, Progress progress) throws IOException, DatasetException {
        Path actors = dataset.resolve(ACTORS);
        Path flows = dataset.resolve(FLOWS);
        var errors = new ArrayList<DatasetError>();
        for (Path file : List.of(actors, flows)) {
            if (!Files.isRegularFile(file)) {
                errors.add(new DatasetError(
                        dataset.toString(),
                        0,
                        null,
                        "missing-file",
                        file.getFileName().toString()));
            } else if (Files.size(file) > limits.maxFileBytes()) {
                errors.add(tooLarge(file.getFileName().toString()).errors().get(0));
            }
        }
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
        try (var a = bytes(actors);
                var f = bytes(flows)) {
            return read(
                    new Source(new StrictUtf8Reader(a), a, Files.size(actors)),
                    new Source(new StrictUtf8Reader(f), f, Files.size(flows)),
                    progress);
        }
    }

    private CheckedBytes bytes(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new CheckedBytes(in, file.getFileName().toString(), limits.maxFileBytes(), -1, -1);
    }

    private DatasetException tooLarge(String file) {
        return DatasetException.of(file, "file-too-large", file, limits.maxFileBytes() / (1024 * 1024));
    }

    /**
     * A file to read and, when known, how many bytes of it were read so far and its size, for progress.
     *
     * @param bytes null when the size is unknown
     */
    private record Source(Reader reader, CheckedBytes bytes, long size) {

        CsvTable table(String file, ReadLimits limits, List<DatasetError> errors, Progress progress) {
            CsvTable table = CsvTable.read(file, reader, limits, errors);
            if (bytes != null && size > 0) {
                table.reportProgress(
                        progress, "reading " + file + " (kB)", () -> bytes.count() / 1024, (size + 1023) / 1024);
            }
            return table;
        }
    }

    private Dataset read(Source actorsCsv, Source flowsCsv, Progress progress) throws DatasetException {
        var errors = new ErrorList(limits.maxErrors());
        CsvTable actorTable = actorsCsv.table(ACTORS, limits, errors, progress);
        List<Actor> actors = rows.actors(actorTable, errors);
        CsvTable flowTable = flowsCsv.table(FLOWS, limits, errors, progress);
        return check(actors, rows.flows(flowTable, actorIds(actors), errors), errors);
    }

    private Dataset readXlsx(Path xlsx) throws DatasetException {
        var errors = new ErrorList(limits.maxErrors());
        Map<String, Records> sheets = XlsxDataset.sheets(xlsx, limits, errors);
        for (String name : List.of(ACTORS, FLOWS)) {
            if (!sheets.containsKey(name)) {
                throw DatasetException.of(xlsx.getFileName().toString(), "missing-sheet", name.replace(".csv", ""));
            }
        }
        List<Actor> actors = rows.actors(CsvTable.of(ACTORS, sheets.get(ACTORS), errors), errors);
        List<FlowRecord> flows = rows.flows(CsvTable.of(FLOWS, sheets.get(FLOWS), errors), actorIds(actors), errors);
        return check(actors, flows, errors);
    }

    private static Map<String, String> actorIds(List<Actor> actors) {
        Map<String, String> actorIds = new HashMap<>();
        actors.forEach(a -> actorIds.put(a.id(), a.id()));
        return actorIds;
    }

    private static Dataset check(List<Actor> actors, List<FlowRecord> flows, ErrorList errors) throws DatasetException {
        if (!errors.isEmpty()) {
            errors.close("dataset");
            throw new DatasetException(errors);
        }
        return new Dataset(actors, flows);
    }
}
