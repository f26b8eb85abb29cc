package org.symbiose.engine.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The {@code actors.csv} and {@code flows.csv} of a .zip, in any folder of it. The archive is refused
 * whole when it is corrupt, truncated or encrypted, lists too many entries, holds an entry whose path
 * leaves the archive's folder ({@code ../}, an absolute path) or holds either file twice. The two files
 * are streamed, never extracted: each is counted as it inflates and checked against its CRC, so neither a
 * zip bomb nor a lying size gets further than the file size limit.
 */
final class ZipDataset implements Closeable {

    private final String name;
    private final ZipFile zip;
    private final ReadLimits limits;
    private final Map<String, ZipEntry> files;

    private ZipDataset(String name, ZipFile zip, ReadLimits limits, Map<String, ZipEntry> files) {
        this.name = name;
        this.zip = zip;
        this.limits = limits;
        this.files = files;
    }

    static ZipDataset open(Path path, ReadLimits limits) throws DatasetException {
        String name = path.getFileName().toString();
        ZipFile zip;
        try {
            // Names without the UTF-8 flag are old code pages: Latin-1 decodes any byte, and only ASCII names matter.
            zip = new ZipFile(path.toFile(), StandardCharsets.ISO_8859_1);
        } catch (ZipException e) {
            throw refused(name, e);
        } catch (IOException e) {
            throw DatasetException.of(name, "unreadable", String.valueOf(e.getMessage()));
        }
        try {
            return new ZipDataset(name, zip, limits, entries(name, zip, limits));
        } catch (DatasetException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // refused already: the error to report is e
            }
            if (e instanceof DatasetException refusal) {
                throw refusal;
            }
            throw DatasetException.of(name, "corrupt-archive", String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, ZipEntry> entries(String name, ZipFile zip, ReadLimits limits) throws DatasetException {
        if (zip.size() > limits.maxArchiveEntries()) {
            throw DatasetException.of(name, "too-many-entries", zip.size(), limits.maxArchiveEntries());
        }
        Map<String, ZipEntry> files = new HashMap<>();
        List<DatasetError> errors = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String path = entry.getName();
            if (leavesTheFolder(path)) {
                errors.add(new DatasetError(name, 0, null, "unsafe-entry", shortened(path)));
                continue;
            }
            String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
            if (!entry.isDirectory() && (file.equals(ExchangeReader.ACTORS) || file.equals(ExchangeReader.FLOWS))) {
                if (files.put(file, entry) != null) {
                    errors.add(new DatasetError(name, 0, null, "ambiguous-entry", file));
                }
            }
        }
        for (String file : List.of(ExchangeReader.ACTORS, ExchangeReader.FLOWS)) {
            if (!files.containsKey(file)) {
                errors.add(new DatasetError(name, 0, null, "missing-entry", file));
            }
        }
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
        return files;
    }

    private static boolean leavesTheFolder(String path) {
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("(?s)^[A-Za-z]:.*") || path.indexOf(0) >= 0) {
            return true;
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    private static DatasetException refused(String name, ZipException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("encrypted")) {
            return DatasetException.of(name, "encrypted-archive");
        }
        return DatasetException.of(name, "not-a-zip", message);
    }

    /** The bytes of one of the two files, checked as they are read. */
    CheckedBytes open(String file) throws DatasetException {
        ZipEntry entry = files.get(file);
        try {
            InputStream in = zip.getInputStream(entry);
            return new CheckedBytes(in, file, limits.maxFileBytes(), entry.getCrc(), entry.getSize());
        } catch (ZipException e) {
            throw refused(name, e);
        } catch (IOException | RuntimeException e) {
            throw DatasetException.of(name, "corrupt-archive", String.valueOf(e.getMessage()));
        }
    }

    /** The size the archive states for one of the two files, for progress only. */
    long statedSize(String file) {
        return Math.max(0, files.get(file).getSize());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
