package org.symbiose.engine.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.quantity.Period;

/**
 * The territory one exchange is tested in: {@value #BACKGROUND} background companies within
 * {@value #RADIUS_KM} km of a centre (within {@value Setting#DENSE_RADIUS_KM} km in a dense zone), plus the
 * supplier (its supply and one or two unrelated flows) and the true receiver (its need when the exchange
 * states one, else only an unrelated flow), a few km apart. Ids are neutral ("A017") and shuffled, so nothing
 * but labels, activities and places tells the two apart from the background.
 */
final class EvaluationTerritory {

    static final int BACKGROUND = 300;
    static final double RADIUS_KM = 20;
    static final long SEED = 20_260_611L;
    static final WasteCatalogue WASTE = WasteCatalogue.load();

    /** Somewhere in an industrial port area; only distances matter. */
    private static final GeoPoint CENTRE = GeoPoint.of(43.45, 4.95);

    /** Everyday flows that say nothing about the exchange. */
    private static final List<String[]> UNRELATED = List.of(
            new String[] {"OUT", "waste", "office paper", "200101"},
            new String[] {"OUT", "waste", "cardboard packaging", "150101"},
            new String[] {"OUT", "waste", "WEEE", "200136"},
            new String[] {"OUT", "waste", "fluorescent tubes", "200121"},
            new String[] {"IN", "service", "staff training on safety", null},
            new String[] {"IN", "purchase", "PPE (gloves, safety shoes)", null},
            new String[] {"OUT", "waste", "canteen food waste", "200108"},
            new String[] {"OUT", "waste", "toner cartridges", "080318"},
            new String[] {"IN", "service", "regulatory inspections of lifting equipment", null});

    final RealExchange exchange;
    final Setting setting;
    final Dataset dataset;
    final String supplierId;
    final String receiverId;
    final String supplyFlowId;
    final String needFlowId;

    private EvaluationTerritory(
            RealExchange exchange,
            Setting setting,
            Dataset dataset,
            String supplierId,
            String receiverId,
            String supplyFlowId,
            String needFlowId) {
        this.exchange = exchange;
        this.setting = setting;
        this.dataset = dataset;
        this.supplierId = supplierId;
        this.receiverId = receiverId;
        this.supplyFlowId = supplyFlowId;
        this.needFlowId = needFlowId;
    }

    /** The territory of setting (a). */
    static EvaluationTerritory of(RealExchange x) {
        return of(x, Setting.AS_IS);
    }

    /**
     * The same exchange always gives the same territory; the settings draw the same companies and flows and
     * differ only in places (a dense zone) or in codes (without NACE).
     */
    static EvaluationTerritory of(RealExchange x, Setting setting) {
        Random random = new Random(SEED * 31 + x.id().hashCode());
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= BACKGROUND + 2; i++) {
            ids.add(String.format("A%03d", i));
        }
        Collections.shuffle(ids, random);
        String supplierId = ids.get(0);
        String receiverId = ids.get(1);
        double radius = setting.dense() ? Setting.DENSE_RADIUS_KM : RADIUS_KM;
        BackgroundTerritory background =
                BackgroundTerritory.generate(random, ids.subList(2, ids.size()), CENTRE, radius);

        List<Actor> actors = new ArrayList<>(background.actors());
        List<FlowRecord> flows = new ArrayList<>(background.flows());

        GeoPoint supplierAt = randomPoint(random, CENTRE, setting.dense() ? radius : 5);
        // Two draws either way, so that what follows is drawn alike in every setting.
        GeoPoint receiverAt = setting.dense()
                ? randomPoint(random, CENTRE, radius)
                : pointAt(random, supplierAt, 1 + 4 * random.nextDouble());
        actors.add(actor(supplierId, x.supplierNace(), x.supplierActivity(), supplierAt, random));
        actors.add(actor(receiverId, x.receiverNace(), x.receiverActivity(), receiverAt, random));

        String supplyFlowId = supplierId + "-1";
        flows.add(new FlowRecord(
                supplyFlowId,
                supplierId,
                Direction.OUT,
                x.supplyLabel(),
                FlowCategory.parse(x.supplyCategory()),
                x.supplyEwc(),
                null,
                null,
                Period.YEAR,
                x.supplyTemperatureC(),
                x.supplyEwc() == null ? null : WASTE.get(x.supplyEwc()).hazardous(),
                null,
                null,
                null));
        List<String[]> unrelated = new ArrayList<>(UNRELATED);
        Collections.shuffle(unrelated, random);
        int extra = 1 + random.nextInt(2);
        for (int i = 0; i < extra; i++) {
            flows.add(unrelatedFlow(supplierId + "-" + (i + 2), supplierId, unrelated.get(i)));
        }

        String needFlowId = null;
        if (x.declaredNeed()) {
            needFlowId = receiverId + "-1";
            flows.add(new FlowRecord(
                    needFlowId,
                    receiverId,
                    Direction.IN,
                    x.receiverNeed(),
                    needCategory(x.supplyCategory()),
                    null,
                    null,
                    null,
                    Period.YEAR,
                    null,
                    null,
                    null,
                    null,
                    null));
            if (random.nextBoolean()) {
                flows.add(unrelatedFlow(receiverId + "-2", receiverId, unrelated.get(extra)));
            }
        } else {
            flows.add(unrelatedFlow(receiverId + "-2", receiverId, unrelated.get(extra)));
        }
        if (setting.withoutNace()) {
            actors.replaceAll(a -> new Actor(
                    a.id(),
                    a.name(),
                    a.siret(),
                    null,
                    a.activity(),
                    a.employees(),
                    a.location(),
                    a.communeInsee(),
                    a.zone(),
                    a.member()));
        }
        return new EvaluationTerritory(
                x, setting, new Dataset(actors, flows), supplierId, receiverId, supplyFlowId, needFlowId);
    }

    /** How a receiver files its need: by the kind of what it needs. */
    private static FlowCategory needCategory(String supplyCategory) {
        return switch (supplyCategory) {
            case "heat" -> FlowCategory.HEAT;
            case "water" -> FlowCategory.WATER;
            case "energy" -> FlowCategory.ENERGY;
            default -> FlowCategory.MATERIAL;
        };
    }

    private static Actor actor(String id, String naf, String activity, GeoPoint at, Random random) {
        return new Actor(id, "Site " + id, null, naf, activity, 20 + random.nextInt(400), at, null, null, true);
    }

    private static FlowRecord unrelatedFlow(String id, String actorId, String[] spec) {
        String ewc = spec[3];
        return new FlowRecord(
                id,
                actorId,
                Direction.parse(spec[0]),
                spec[2],
                FlowCategory.parse(spec[1]),
                ewc,
                null,
                null,
                Period.YEAR,
                null,
                ewc == null ? null : WASTE.get(ewc).hazardous(),
                null,
                null,
                null);
    }

    /** Uniform in the disc of {@code radiusKm} around {@code centre}. */
    static GeoPoint randomPoint(Random random, GeoPoint centre, double radiusKm) {
        return pointAt(random, centre, radiusKm * Math.sqrt(random.nextDouble()));
    }

    /** A point {@code km} away from {@code from} in a random direction (flat approximation, fine at 20 km). */
    static GeoPoint pointAt(Random random, GeoPoint from, double km) {
        double bearing = 2 * Math.PI * random.nextDouble();
        double dLat = km * Math.cos(bearing) / 111.2;
        double dLon = km * Math.sin(bearing) / (111.2 * Math.cos(Math.toRadians(from.latitude())));
        return GeoPoint.of(from.latitude() + dLat, from.longitude() + dLon);
    }
}
