package org.symbiose.engine.exchange;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.symbiose.engine.matching.Progress;

/**
 * Reads a dataset of the exchange format (docs/formats/exchange-format.md) from a folder or a zip
 * of it. Every problem is collected with its file, line and column; a dataset with any error is
 * refused whole with a {@link DatasetException}.
 */
public final class ExchangeReader {

    public static final String ACTORS = "actors.csv";
    public static final String FLOWS = "flows.csv";

    private final ExchangeRows rows = new ExchangeRows();

    /** Reads {@code actors.csv} and {@code flows.csv} from a folder, a {@code .zip} or an {@code .xlsx}. */
    public Dataset read(Path dataset) throws IOException, DatasetException {
        return read(dataset, Progress.SILENT);
    }

    /**
     * As {@link #read(Path)}, telling {@code progress} how much of each file of a folder or zip has been read
     * (stages "reading actors.csv (kB)" and "reading flows.csv (kB)", in kilobytes of the file).
     */
    public Dataset read(Path dataset, Progress progress) throws IOException, DatasetException {
        if (Files.isDirectory(dataset)) {
            Path actors = dataset.resolve(ACTORS);
            Path flows = dataset.resolve(FLOWS);
            requireFile(actors, dataset);
            requireFile(flows, dataset);
            try (var a = new CountingInputStream(Files.newInputStream(actors));
                    var f = new CountingInputStream(Files.newInputStream(flows))) {
                // A decoder of its own reports malformed UTF-8, as Files.newBufferedReader does.
                return read(
                        new Source(
                                new InputStreamReader(a, StandardCharsets.UTF_8.newDecoder()), a, Files.size(actors)),
                        new Source(new InputStreamReader(f, StandardCharsets.UTF_8.newDecoder()), f, Files.size(flows)),
                        progress);
            }
        }
        String name = dataset.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".zip")) {
            return readZip(dataset, progress);
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
        return read(new Source(actorsCsv, null, 0), new Source(flowsCsv, null, 0), Progress.SILENT);
    }

    /**
     * A file to read and, when known, how many bytes of it were read so far and its size, for progress.
     *
     * @param bytes null when the size is unknown
     */
    private record Source(Reader reader, CountingInputStream bytes, long size) {

        CsvTable table(String file, Progress progress) throws IOException {
            CsvTable table = CsvTable.read(file, reader);
            if (bytes != null && size > 0) {
                table.reportProgress(
                        progress, "reading " + file + " (kB)", () -> bytes.count() / 1024, (size + 1023) / 1024);
            }
            return table;
        }
    }

    private Dataset read(Source actorsCsv, Source flowsCsv, Progress progress) throws IOException, DatasetException {
        var errors = new ArrayList<DatasetError>();
        List<Actor> actors = rows.actors(actorsCsv.table(ACTORS, progress), errors);
        Map<String, String> actorIds = new HashMap<>();
        actors.forEach(a -> actorIds.put(a.id(), a.id()));
        List<FlowRecord> flows = rows.flows(flowsCsv.table(FLOWS, progress), actorIds, errors);
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
        return new Dataset(actors, flows);
    }

    private Dataset readZip(Path zip, Progress progress) throws IOException, DatasetException {
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
        try (var a = new CountingInputStream(new ByteArrayInputStream(files.get(ACTORS)));
                var f = new CountingInputStream(new ByteArrayInputStream(files.get(FLOWS)))) {
            return read(
                    new Source(new InputStreamReader(a, StandardCharsets.UTF_8), a, files.get(ACTORS).length),
                    new Source(new InputStreamReader(f, StandardCharsets.UTF_8), f, files.get(FLOWS).length),
                    progress);
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

    /** An input stream that counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static void requireFile(Path file, Path dataset) throws DatasetException {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(List.of(new DatasetError(
                    dataset.toString(), 0, null, "missing-file", "the folder holds no " + file.getFileName())));
        }
    }
}
