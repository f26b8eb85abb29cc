package org.symbiose.engine.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeWriter;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.WasteCatalogue;

/**
 * Generates synthetic territories of Provence-Alpes-Côte d'Azur in the exchange format, for tests,
 * demonstrations and benchmarks: companies with a realistic mix of sectors, valid SIRETs and NAF
 * sub-classes, clustered in business parks around real communes, each declaring two to eight flows
 * drawn from its activity profile, labelled as people write.
 *
 * <p>Deterministic: one seed gives one territory, byte for byte, on any machine and at any time (one
 * {@link SplittableRandom}, no clock, every set of the knowledge base sorted before use). Streams: a
 * million flows go to disk with only the current actor's in memory.
 */
public final class TerritoryGenerator {

    /** What was generated. */
    public record Summary(int actors, long flows) {}

    static final String STAGE = "generating territory";

    private final KnowledgeBase knowledge;
    private final NafCatalogue naf;
    private final CommuneCatalogue communes;
    private final Map<String, FamilyTraits> traits;
    private final SectorMix mix;
    private final Map<String, String> activities = new ConcurrentHashMap<>();

    public TerritoryGenerator(
            KnowledgeBase knowledge, NafCatalogue naf, CommuneCatalogue communes, WasteCatalogue waste) {
        this.knowledge = knowledge;
        this.naf = naf;
        this.communes = communes;
        this.traits = FamilyTraits.of(knowledge, waste);
        this.mix = new SectorMix(naf);
    }

    /** A generator on the knowledge and nomenclatures shipped with the engine. */
    public static TerritoryGenerator standard() {
        return new TerritoryGenerator(
                KnowledgeBase.load(), NafCatalogue.load(), CommuneCatalogue.load(), WasteCatalogue.load());
    }

    /** Generates the territory into memory. */
    public Dataset generate(TerritoryOptions options) {
        var actors = new ArrayList<Actor>(options.actors());
        var flows = new ArrayList<FlowRecord>(options.actors() * 5);
        try {
            generate(
                    options,
                    new TerritorySink() {
                        @Override
                        public void actor(Actor actor) {
                            actors.add(actor);
                        }

                        @Override
                        public void flow(FlowRecord flow) {
                            flows.add(flow);
                        }
                    },
                    Progress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(actors, flows);
    }

    /**
     * Writes the territory as {@code actors.csv} and {@code flows.csv} into {@code folder} (created if
     * missing); the two files appear only once complete.
     */
    public Summary write(TerritoryOptions options, Path folder, Progress progress) throws IOException {
        try (ExchangeWriter.Output output = new ExchangeWriter().open(folder)) {
            Summary summary = generate(
                    options,
                    new TerritorySink() {
                        @Override
                        public void actor(Actor actor) throws IOException {
                            output.actor(actor);
                        }

                        @Override
                        public void flow(FlowRecord flow) throws IOException {
                            output.flow(flow);
                        }
                    },
                    progress);
            output.commit();
            return summary;
        }
    }

    /** Streams the territory to a sink, each actor followed by its flows. */
    public Summary generate(TerritoryOptions options, TerritorySink sink, Progress progress) throws IOException {
        var random = new SplittableRandom(options.seed());
        var parks = new BusinessParks(communes, options.actors(), random);
        var sirets = new Sirets(random.nextLong());
        var flows = new FlowFactory(knowledge, traits, options.supplyShare());
        int total = options.actors();
        int step = Math.max(1, total / 100);
        long flowCount = 0;
        for (int i = 0; i < total; i++) {
            Sector sector = mix.pick(random);
            String subClass = Draw.any(sector.subClasses(), random);
            int employees = SectorMix.employees(sector, random);
            BusinessParks.Park park = parks.pick(random);
            GeoPoint site = BusinessParks.site(park, random);
            String id = "a" + (i + 1);
            boolean english = Draw.chance(random, 0.12);
            Actor actor = new Actor(
                    id,
                    CompanyNames.name(sector, park.commune().name(), random),
                    Draw.chance(random, 0.97) ? sirets.siret(i, 1 + random.nextInt(3)) : null,
                    Draw.chance(random, 0.98) ? subClass : null,
                    Draw.chance(random, 0.75) ? activity(subClass) : null,
                    Draw.chance(random, 0.95) ? employees : null,
                    site,
                    Draw.chance(random, 0.8) ? park.commune().inseeCode() : null,
                    Draw.chance(random, 0.9) ? park.name() : null,
                    Draw.chance(random, 0.35));
            if (actor.naf() == null && actor.activity() == null) {
                actor = withActivity(actor, activity(subClass));
            }
            sink.actor(actor);
            flowCount += flows.write(
                    new GeneratedActor(id, sector, subClass, employees, english), flowCount + 1, random, sink);
            if ((i + 1) % step == 0 || i + 1 == total) {
                progress.report(STAGE, i + 1, total);
            }
        }
        return new Summary(total, flowCount);
    }

    /** The sectors and their shares, for tests and documentation. */
    List<Sector> sectors() {
        return mix.sectors();
    }

    double share(String division) {
        return mix.share(division);
    }

    private String activity(String subClass) {
        return activities.computeIfAbsent(subClass, code -> naf.get(code).labelFr());
    }

    private static Actor withActivity(Actor actor, String activity) {
        return new Actor(
                actor.id(),
                actor.name(),
                actor.siret(),
                actor.naf(),
                activity,
                actor.employees(),
                actor.location(),
                actor.communeInsee(),
                actor.zone(),
                actor.member());
    }
}
