package org.symbiose.engine.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.symbiose.engine.geo.GeoPoint;

/**
 * Writes a dataset in the exchange format (docs/formats/exchange-format.md): a folder holding
 * {@code actors.csv} and {@code flows.csv}, UTF-8 without byte-order mark, comma-separated, every
 * column of the format in its documented order, decimals with a point and no exponent, ISO dates,
 * List-of-Waste codes as 6 digits, booleans as {@code true}/{@code false}.
 *
 * <p>What {@link ExchangeReader} produces, this writes back so that reading it again gives an equal
 * {@link Dataset}. Values the reader cannot give (text with leading or trailing blanks, a commune
 * without coordinates) are written as they are and come back as the reader reads them.
 *
 * <p>Files appear whole or not at all: rows go to temporary files in the folder, renamed when the
 * output is {@linkplain Output#commit() committed}.
 */
public final class ExchangeWriter {

    private static final int BUFFER_CHARS = 1 << 16;

    /** Writes the whole dataset to {@code folder}, created if missing; existing files are replaced. */
    public void write(Dataset dataset, Path folder) throws IOException {
        try (Output output = open(folder)) {
            for (Actor actor : dataset.actors()) {
                output.actor(actor);
            }
            for (FlowRecord flow : dataset.flows()) {
                output.flow(flow);
            }
            output.commit();
        }
    }

    /**
     * Opens a streaming output to {@code folder} (created if missing), for datasets too big to hold
     * in memory. Actors and flows may be interleaved. Nothing replaces the folder's files until
     * {@link Output#commit()}; closing without committing deletes what was written.
     */
    public Output open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new Output(folder);
    }

    /** An exchange-format dataset being written row by row. */
    public static final class Output implements Closeable {

        private final Path folder;
        private final Path actorsPart;
        private final Path flowsPart;
        private final Writer actors;
        private final Writer flows;
        private final StringBuilder line = new StringBuilder(256);
        private boolean committed;

        private Output(Path folder) throws IOException {
            this.folder = folder;
            this.actorsPart = folder.resolve("." + ExchangeReader.ACTORS + ".part");
            this.flowsPart = folder.resolve("." + ExchangeReader.FLOWS + ".part");
            this.actors = open(actorsPart);
            Writer flowsWriter;
            try {
                flowsWriter = open(flowsPart);
            } catch (IOException e) {
                actors.close();
                Files.deleteIfExists(actorsPart);
                throw e;
            }
            this.flows = flowsWriter;
            header(actors, ExchangeRows.ACTOR_COLUMNS);
            header(flows, ExchangeRows.FLOW_COLUMNS);
        }

        private static Writer open(Path file) throws IOException {
            return new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS);
        }

        private static void header(Writer writer, Set<String> columns) throws IOException {
            writer.write(String.join(",", columns));
            writer.write('\n');
        }

        /** Appends a row to {@code actors.csv}. */
        public void actor(Actor actor) throws IOException {
            GeoPoint location = actor.location();
            line.setLength(0);
            text(actor.id()).text(actor.name()).text(actor.siret()).text(actor.naf());
            text(actor.activity());
            text(actor.employees() == null ? null : actor.employees().toString());
            decimal(location == null ? null : location.latitude());
            decimal(location == null ? null : location.longitude());
            text(actor.communeInsee()).text(actor.zone());
            line.append(actor.member()).append('\n');
            actors.append(line);
        }

        /** Appends a row to {@code flows.csv}. */
        public void flow(FlowRecord flow) throws IOException {
            line.setLength(0);
            text(flow.id()).text(flow.actorId());
            text(flow.direction() == null ? null : flow.direction().name().toLowerCase(Locale.ROOT));
            text(flow.label());
            text(flow.category() == null ? null : flow.category().code());
            text(flow.ewc());
            decimal(flow.quantity());
            text(flow.unit() == null ? null : flow.unit().symbol());
            text(flow.period() == null ? null : flow.period().name().toLowerCase(Locale.ROOT));
            decimal(flow.temperatureC());
            text(flow.hazardous() == null ? null : flow.hazardous().toString());
            date(flow.availableFrom()).date(flow.availableTo());
            quoted(flow.notes());
            line.append('\n');
            flows.append(line);
        }

        /** Makes the files complete: {@code actors.csv} and {@code flows.csv} replace any earlier ones. */
        public void commit() throws IOException {
            actors.close();
            flows.close();
            Files.move(actorsPart, folder.resolve(ExchangeReader.ACTORS), StandardCopyOption.REPLACE_EXISTING);
            Files.move(flowsPart, folder.resolve(ExchangeReader.FLOWS), StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        }

        /** Releases the files; without a {@link #commit()} before, deletes what was written. */
        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            try {
                actors.close();
                flows.close();
            } finally {
                Files.deleteIfExists(actorsPart);
                Files.deleteIfExists(flowsPart);
            }
        }

        /** A cell followed by a comma. */
        private Output text(String value) {
            quoted(value);
            line.append(',');
            return this;
        }

        /** RFC 4180: quoted when it holds a separator, a quote, a line break or blanks at an end. */
        private void quoted(String value) {
            if (value == null) {
                return;
            }
            if (!needsQuotes(value)) {
                line.append(value);
                return;
            }
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        }

        private static boolean needsQuotes(String value) {
            if (value.isEmpty()) {
                return false;
            }
            if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }

        private Output decimal(Double value) {
            return text(value == null ? null : plain(value));
        }

        private Output date(LocalDate value) {
            return text(value == null ? null : value.toString());
        }
    }

    /**
     * The shortest decimal that reads back as the same double, with a point and without exponent:
     * 12.5, 1200, 0.000125. Infinities and NaN have no exchange-format spelling and are refused.
     */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        String text = Double.toString(value);
        if (text.indexOf('E') >= 0) {
            text = new BigDecimal(text).toPlainString();
        }
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
