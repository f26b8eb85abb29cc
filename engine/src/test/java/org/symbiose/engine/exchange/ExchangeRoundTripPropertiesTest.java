package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** Import then export gives the same data back: whatever the reader can produce, the writer writes back. */
class ExchangeRoundTripPropertiesTest {

    /** Letters, accents, the separators and quotes CSV must escape, line breaks, a few symbols. */
    private static final String CHARACTERS = "abcxyzABCXYZ0123456789 éèêàçôùœÉÀÇ«»€°'’-_./&()#:!?,;\"\n\r\t";

    private static final List<String> NAF_CODES = NafCatalogue.load().listAll().stream()
            .filter(code -> code.level() == NafCode.Level.SUB_CLASS || code.level() == NafCode.Level.CLASS)
            .map(NafCode::code)
            .toList();
    private static final List<Commune> COMMUNES = CommuneCatalogue.load().listAll();
    private static final List<WasteCode> WASTE_CODES = WasteCatalogue.load().listEntries();

    private final ExchangeWriter writer = new ExchangeWriter();
    private final ExchangeReader reader = new ExchangeReader();

    @Property(tries = 200)
    void readingWhatWasWrittenGivesTheSameDataset(@ForAll("datasets") Dataset dataset) throws Exception {
        Path folder = Files.createTempDirectory("exchange-round-trip");
        try {
            writer.write(dataset, folder);
            Dataset back = reader.read(folder);
            assertThat(back.actors()).containsExactlyElementsOf(dataset.actors());
            assertThat(back.flows()).containsExactlyElementsOf(dataset.flows());
            assertThat(back).isEqualTo(dataset);
        } finally {
            delete(folder);
        }
    }

    @Property(tries = 100)
    void writingWhatWasReadGivesTheSameFiles(@ForAll("datasets") Dataset dataset) throws Exception {
        Path first = Files.createTempDirectory("exchange-first");
        Path second = Files.createTempDirectory("exchange-second");
        try {
            writer.write(dataset, first);
            writer.write(reader.read(first), second);
            for (String file : List.of(ExchangeReader.ACTORS, ExchangeReader.FLOWS)) {
                assertThat(Files.readString(second.resolve(file))).isEqualTo(Files.readString(first.resolve(file)));
            }
        } finally {
            delete(first);
            delete(second);
        }
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return actors().list().ofMaxSize(8).uniqueElements(Actor::id).flatMap(actors -> {
            if (actors.isEmpty()) {
                return Arbitraries.just(new Dataset(List.of(), List.of()));
            }
            List<String> ids = actors.stream().map(Actor::id).toList();
            return flows(ids)
                    .list()
                    .ofMaxSize(12)
                    .uniqueElements(FlowRecord::id)
                    .map(flows -> new Dataset(actors, flows));
        });
    }

    /** Text as the reader gives it back: not blank, no blanks at either end. */
    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withChars(CHARACTERS)
                .ofMinLength(1)
                .ofMaxLength(24)
                .map(String::strip)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<Double> decimals(double min, double max) {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(min, max).ofScale(9),
                Arbitraries.doubles().between(min, max).ofScale(2),
                Arbitraries.of(0.0, 1e-7, 1.5e-12, 123456789.125).filter(d -> d >= min && d <= max),
                Arbitraries.doubles()
                        .between(min, max)
                        .ofScale(0)
                        .map(d -> d * Math.PI)
                        .filter(d -> d >= min && d <= max));
    }

    Arbitrary<Actor> actors() {
        Arbitrary<GeoPoint> points = Combinators.combine(decimals(-90, 90), decimals(-180, 180))
                .as(GeoPoint::new)
                .injectNull(0.2);
        return Builders.withBuilder(ActorDraft::new)
                .use(text())
                .inSetter((d, v) -> d.id = v)
                .use(text())
                .inSetter((d, v) -> d.name = v)
                .use(Arbitraries.strings()
                        .numeric()
                        .ofLength(13)
                        .map(ExchangeRoundTripPropertiesTest::luhn)
                        .injectNull(0.3))
                .inSetter((d, v) -> d.siret = v)
                .use(Arbitraries.of(NAF_CODES).injectNull(0.3))
                .inSetter((d, v) -> d.naf = v)
                .use(text().injectNull(0.3))
                .inSetter((d, v) -> d.activity = v)
                .use(Arbitraries.integers().between(0, 250_000).injectNull(0.3))
                .inSetter((d, v) -> d.employees = v)
                .use(points)
                .inSetter((d, v) -> d.location = v)
                .use(Arbitraries.of(COMMUNES).injectNull(0.5))
                .inSetter((d, v) -> d.commune = v)
                .use(text().injectNull(0.3))
                .inSetter((d, v) -> d.zone = v)
                .use(Arbitraries.of(true, false))
                .inSetter((d, v) -> d.member = v)
                .build(ActorDraft::actor);
    }

    Arbitrary<FlowRecord> flows(List<String> actorIds) {
        Arbitrary<LocalDate> dates = Arbitraries.integers()
                .between(0, 20_000)
                .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
        return Builders.withBuilder(FlowDraft::new)
                .use(text())
                .inSetter((d, v) -> d.id = v)
                .use(Arbitraries.of(actorIds))
                .inSetter((d, v) -> d.actorId = v)
                .use(Arbitraries.of(Direction.class))
                .inSetter((d, v) -> d.direction = v)
                .use(text())
                .inSetter((d, v) -> d.label = v)
                .use(Arbitraries.of(FlowCategory.class).injectNull(0.3))
                .inSetter((d, v) -> d.category = v)
                .use(Arbitraries.of(WASTE_CODES).injectNull(0.5))
                .inSetter((d, v) -> d.ewc = v)
                .use(decimals(0, 1e12).injectNull(0.3))
                .inSetter((d, v) -> d.quantity = v)
                .use(Arbitraries.of(Unit.class).injectNull(0.3))
                .inSetter((d, v) -> d.unit = v)
                .use(Arbitraries.of(Period.class))
                .inSetter((d, v) -> d.period = v)
                .use(decimals(-273, 2000).injectNull(0.5))
                .inSetter((d, v) -> d.temperature = v)
                .use(Arbitraries.of(true, false).injectNull(0.4))
                .inSetter((d, v) -> d.hazardous = v)
                .use(dates.injectNull(0.5))
                .inSetter((d, v) -> d.from = v)
                .use(dates.injectNull(0.5))
                .inSetter((d, v) -> d.to = v)
                .use(text().injectNull(0.5))
                .inSetter((d, v) -> d.notes = v)
                .build(FlowDraft::flow);
    }

    /** An actor as the reader can give it: a commune always comes with coordinates (its centroid if none). */
    static final class ActorDraft {
        String id;
        String name;
        String siret;
        String naf;
        String activity;
        Integer employees;
        GeoPoint location;
        Commune commune;
        String zone;
        boolean member;

        Actor actor() {
            GeoPoint point = location;
            if (commune != null && point == null) {
                point = commune.location();
            }
            return new Actor(
                    id,
                    name,
                    siret,
                    naf,
                    activity,
                    employees,
                    point,
                    commune == null ? null : commune.inseeCode(),
                    zone,
                    member);
        }
    }

    /**
     * A flow as the reader can give it: a unit with any quantity, the waste code's own hazard flag,
     * {@code to} not before {@code from}.
     */
    static final class FlowDraft {
        String id;
        String actorId;
        Direction direction;
        String label;
        FlowCategory category;
        WasteCode ewc;
        Double quantity;
        Unit unit;
        Period period;
        Double temperature;
        Boolean hazardous;
        LocalDate from;
        LocalDate to;
        String notes;

        FlowRecord flow() {
            Unit flowUnit = quantity != null && unit == null ? Unit.TONNE : unit;
            Boolean flag = ewc == null ? hazardous : Boolean.valueOf(ewc.hazardous());
            LocalDate end = from != null && to != null && to.isBefore(from) ? from : to;
            return new FlowRecord(
                    id,
                    actorId,
                    direction,
                    label,
                    category,
                    ewc == null ? null : ewc.code(),
                    quantity,
                    flowUnit,
                    period,
                    temperature,
                    flag,
                    from,
                    end,
                    notes);
        }
    }

    /** Appends the Luhn check digit. */
    static String luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
