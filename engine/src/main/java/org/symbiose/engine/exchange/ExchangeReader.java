package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a dataset of the exchange format (docs/formats/exchange-format.md) from a folder or a zip
 * of it. Every problem is collected with its file, line and column; a dataset with any error is
 * refused whole with a {@link DatasetException}.
 */
public final class ExchangeReader {

    public static final String ACTORS = "actors.csv";
    public static final String FLOWS = "flows.csv";

    private final ExchangeRows rows = new ExchangeRows();

    /** Reads {@code actors.csv} and {@code flows.csv} from a folder or a {@code .zip}. */
    public Dataset read(Path dataset) throws IOException, DatasetException {
        if (Files.isDirectory(dataset)) {
            Path actors = dataset.resolve(ACTORS);
            Path flows = dataset.resolve(FLOWS);
            requireFile(actors, dataset);
            requireFile(flows, dataset);
            try (Reader a = Files.newBufferedReader(actors, StandardCharsets.UTF_8);
                    Reader f = Files.newBufferedReader(flows, StandardCharsets.UTF_8)) {
                return read(a, f);
            }
        }
        String name = dataset.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".zip")) {
            return readZip(dataset);
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(dataset);
        }
        throw new DatasetException(
                List.of(
                        new DatasetError(
                                dataset.toString(),
                                0,
                                null,
                                "unsupported-dataset",
                                "a dataset is a folder, a .zip holding actors.csv and flows.csv, or an .xlsx with sheets actors and flows")));
    }

    /** Reads the two files from readers (e.g. classpath resources). */
    public Dataset read(Reader actorsCsv, Reader flowsCsv) throws IOException, DatasetException {
        var errors = new ArrayList<DatasetError>();
        List<Actor> actors = rows.actors(CsvTable.read(ACTORS, actorsCsv), errors);
        Set<String> actorIds = new HashSet<>();
        actors.forEach(a -> actorIds.add(a.id()));
        List<FlowRecord> flows = rows.flows(CsvTable.read(FLOWS, flowsCsv), actorIds, errors);
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
        return new Dataset(actors, flows);
    }

    private Dataset readZip(Path zip) throws IOException, DatasetException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isDirectory() && (name.equals(ACTORS) || name.equals(FLOWS))) {
                    files.put(name, entries.readAllBytes());
                }
            }
        }
        for (String name : List.of(ACTORS, FLOWS)) {
            if (!files.containsKey(name)) {
                throw new DatasetException(List.of(new DatasetError(
                        zip.getFileName().toString(), 0, null, "missing-file", "the zip holds no " + name)));
            }
        }
        try (Reader a = reader(files.get(ACTORS));
                Reader f = reader(files.get(FLOWS))) {
            return read(a, f);
        }
    }

    private Dataset readXlsx(Path xlsx) throws IOException, DatasetException {
        Map<String, String> sheets = XlsxDataset.sheets(xlsx);
        for (String name : List.of(ACTORS, FLOWS)) {
            if (!sheets.containsKey(name)) {
                throw new DatasetException(List.of(new DatasetError(
                        xlsx.getFileName().toString(),
                        0,
                        null,
                        "missing-sheet",
                        "the workbook has no sheet named " + name.replace(".csv", ""))));
            }
        }
        return read(new java.io.StringReader(sheets.get(ACTORS)), new java.io.StringReader(sheets.get(FLOWS)));
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static void requireFile(Path file, Path dataset) throws DatasetException {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(List.of(new DatasetError(
                    dataset.toString(), 0, null, "missing-file", "the folder holds no " + file.getFileName())));
        }
    }
}
