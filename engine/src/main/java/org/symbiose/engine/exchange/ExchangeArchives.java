package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A dataset as a {@code .zip} of {@code actors.csv} and {@code flows.csv}, the form the import reads and
 * people send by mail: written by {@link ExchangeWriter} (so reading it back gives an equal dataset),
 * then zipped.
 */
public final class ExchangeArchives {

    private ExchangeArchives() {}

    /** Writes the dataset as a zip to {@code out}, which stays open. */
    public static void writeZip(Dataset dataset, OutputStream out) throws IOException {
        Path folder = Files.createTempDirectory("symbiose-export-");
        try {
            new ExchangeWriter().write(dataset, folder);
            zip(out, folder.resolve(ExchangeReader.ACTORS), folder.resolve(ExchangeReader.FLOWS));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Zips files under their own names into {@code out}, which stays open. */
    static void zip(OutputStream out, Path... files) throws IOException {
        var zip = new ZipOutputStream(out);
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Zips texts as UTF-8 entries into {@code out}, which stays open. */
    static void zipTexts(OutputStream out, String actorsCsv, String flowsCsv) throws IOException {
        var zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ExchangeReader.ACTORS));
        zip.write(actorsCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(ExchangeReader.FLOWS));
        zip.write(flowsCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }
}
