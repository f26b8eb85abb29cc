package org.symbiose.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeWriter;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;

/**
 * A dataset of the exchange format that brings an initiative to a given size: exactly {@code companies}
 * generated companies holding exactly {@code flows} generated flows, dealt out in turn (about ten per
 * company for 500 and 5,000, where the generator alone gives about five). Companies and flows come from
 * the engine's {@link TerritoryGenerator}, so labels, codes and quantities read as real ones do; the
 * same seed gives the same zip. Their ids are prefixed ({@code bench-a1}, {@code bench-f3}): the import
 * matches companies and flows by id, and the generator's {@code a1} would replace the demo's own.
 */
final class LargeInitiative {

    private static final String PREFIX = "bench-";

    private LargeInitiative() {}

    /** The zip (actors.csv, flows.csv) to import; empty when nothing needs adding. */
    static byte[] zip(int companies, int flows, long seed) throws IOException {
        Dataset generated = TerritoryGenerator.standard()
                .generate(new TerritoryOptions(Math.max(companies, flows / 3 + 1), seed, null));
        List<Actor> kept = generated
                .actors()
                .subList(0, Math.min(companies, generated.actors().size()))
                .stream()
                .map(a -> new Actor(
                        PREFIX + a.id(),
                        a.name(),
                        a.siret(),
                        a.naf(),
                        a.activity(),
                        a.employees(),
                        a.location(),
                        a.communeInsee(),
                        a.zone(),
                        a.member()))
                .toList();
        if (kept.size() < companies || generated.flows().size() < flows) {
            throw new IllegalStateException(
                    "the generator gave " + generated.actors().size() + " companies and "
                            + generated.flows().size() + " flows, fewer than asked");
        }
        var dealt = new ArrayList<FlowRecord>(flows);
        for (int i = 0; i < flows; i++) {
            FlowRecord f = generated.flows().get(i);
            dealt.add(new FlowRecord(
                    PREFIX + f.id(),
                    kept.get(i % kept.size()).id(),
                    f.direction(),
                    f.label(),
                    f.category(),
                    f.ewc(),
                    f.quantity(),
                    f.unit(),
                    f.period(),
                    f.temperatureC(),
                    f.hazardous(),
                    f.availableFrom(),
                    f.availableTo(),
                    f.notes()));
        }
        Path folder = Files.createTempDirectory("symbiose-pages-");
        try {
            new ExchangeWriter().write(new Dataset(kept, dealt), folder);
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                for (String name : List.of("actors.csv", "flows.csv")) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(Files.readAllBytes(folder.resolve(name)));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
