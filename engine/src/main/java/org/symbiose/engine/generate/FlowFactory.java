package org.symbiose.engine.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.knowledge.ActivityProfile;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Theme;
import org.symbiose.engine.nomenclature.WasteCode;

/**
 * The flows of one company, drawn from its activity profile: what its activity produces becomes
 * supplies ({@code out}), what it consumes becomes needs ({@code in}), and every company may also
 * declare the common supplies and needs of the mutualisation themes (pallets and cardboard to collect,
 * protective equipment to buy, training...). Two to eight flows, more for larger companies.
 */
final class FlowFactory {

    /** The families a company may declare, sorted by id so that a seed gives one territory. */
    private record Pools(List<FamilyTraits> produces, List<FamilyTraits> consumes) {}

    private static final List<String> NOTES = List.of(
            "stockage sur site",
            "enlèvement à organiser",
            "qualité variable",
            "disponible toute l'année",
            "quantité estimée",
            "analyses disponibles",
            "conditionné en big bags",
            "pic d'activité en été",
            "contact : responsable QHSE",
            "à étudier avec le voisinage");

    private final KnowledgeBase knowledge;
    private final Map<String, FamilyTraits> traits;
    private final Double supplyShare;
    private final List<FamilyTraits> commonSupplies;
    private final List<FamilyTraits> commonNeeds;
    private final Map<String, Pools> pools = new HashMap<>();

    FlowFactory(KnowledgeBase knowledge, Map<String, FamilyTraits> traits, Double supplyShare) {
        this.knowledge = knowledge;
        this.traits = traits;
        this.supplyShare = supplyShare;
        var supplies = new TreeSet<String>();
        var needs = new TreeSet<String>();
        for (Theme theme : knowledge.themes()) {
            (theme.gathersSupplies() ? supplies : needs).addAll(theme.families());
        }
        if (supplies.isEmpty()) {
            traits.values().stream()
                    .filter(t ->
                            t.kind() == ResourceKind.MATERIAL && !t.wasteCodes().isEmpty())
                    .forEach(t -> supplies.add(t.id()));
        }
        if (needs.isEmpty()) {
            traits.values().stream().filter(t -> !t.kind().isPhysical()).forEach(t -> needs.add(t.id()));
        }
        this.commonSupplies = known(supplies);
        this.commonNeeds = known(needs);
    }

    private List<FamilyTraits> known(Collection<String> ids) {
        return new TreeSet<>(ids)
                .stream().filter(traits::containsKey).map(traits::get).toList();
    }

    /**
     * Writes the flows of an actor to the sink, numbering them from {@code firstNumber}.
     *
     * @return how many flows were written
     */
    int write(GeneratedActor actor, long firstNumber, SplittableRandom random, TerritorySink sink) throws IOException {
        Pools pool = pools.computeIfAbsent(actor.subClass(), this::poolsOf);
        int count = flowCount(actor.employees(), random);
        var taken = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            Direction direction = direction(pool, random);
            FamilyTraits family = null;
            for (int attempt = 0;
                    attempt < 4 && (family == null || taken.contains(key(direction, family)));
                    attempt++) {
                family = family(pool, direction, random);
            }
            taken.add(key(direction, family));
            sink.flow(flow("f" + (firstNumber + i), actor, direction, family, random));
        }
        return count;
    }

    private static String key(Direction direction, FamilyTraits family) {
        return direction == Direction.OUT ? ">" + family.id() : "<" + family.id();
    }

    private Pools poolsOf(String naf) {
        ActivityProfile profile = knowledge.activities().of(naf);
        return new Pools(known(profile.produces()), known(profile.consumes()));
    }

    /** 2 + 0..5, plus 1 from 10 employees and 2 from 50, at most 8: about five on average. */
    static int flowCount(Integer employees, SplittableRandom random) {
        int size = employees == null ? 0 : employees;
        int bonus = size >= 50 ? 2 : size >= 10 ? 1 : 0;
        return Math.min(8, 2 + random.nextInt(6) + bonus);
    }

    private Direction direction(Pools pool, SplittableRandom random) {
        double out = supplyShare != null ? supplyShare : pool.produces().isEmpty() ? 0.25 : 0.45;
        return Draw.chance(random, out) ? Direction.OUT : Direction.IN;
    }

    private FamilyTraits family(Pools pool, Direction direction, SplittableRandom random) {
        if (direction == Direction.OUT) {
            boolean own = !pool.produces().isEmpty() && (commonSupplies.isEmpty() || Draw.chance(random, 0.8));
            return Draw.any(own ? pool.produces() : commonSupplies, random);
        }
        boolean own = !pool.consumes().isEmpty() && (commonNeeds.isEmpty() || Draw.chance(random, 0.6));
        return Draw.any(own ? pool.consumes() : commonNeeds, random);
    }

    private FlowRecord flow(
            String id, GeneratedActor actor, Direction direction, FamilyTraits family, SplittableRandom random) {
        String label = LabelNoise.label(family, actor.english() && Draw.chance(random, 0.9), direction, random);
        FlowCategory category = Draw.chance(random, 0.08) ? null : category(family, direction, random);
        WasteCode ewc = null;
        if (direction == Direction.OUT && category == FlowCategory.WASTE && Draw.chance(random, 0.55)) {
            ewc = wasteCode(family, random);
        }
        Boolean hazardous = hazardous(family, ewc, random);
        Amounts.Amount amount = Amounts.draw(family, actor.sector(), actor.employees(), random);
        Double temperature = null;
        if (family.hasTemperature() && Draw.chance(random, 0.9)) {
            double t = 5 * Math.round(Draw.between(random, family.minTemperatureC(), family.maxTemperatureC()) / 5);
            temperature = Math.max(family.minTemperatureC(), Math.min(family.maxTemperatureC(), t));
        }
        String notes = Draw.chance(random, 0.04) ? Draw.any(NOTES, random) : null;
        return new FlowRecord(
                id,
                actor.id(),
                direction,
                label,
                category,
                ewc == null ? null : ewc.code(),
                amount.quantity(),
                amount.unit(),
                amount.period(),
                temperature,
                hazardous,
                amount.from(),
                amount.to(),
                notes);
    }

    private static FlowCategory category(FamilyTraits family, Direction direction, SplittableRandom random) {
        return switch (family.kind()) {
            case MATERIAL -> {
                if (direction == Direction.IN) {
                    yield FlowCategory.MATERIAL;
                }
                if (!family.wasteCodes().isEmpty()) {
                    yield Draw.chance(random, 0.75) ? FlowCategory.WASTE : FlowCategory.BY_PRODUCT;
                }
                yield Draw.chance(random, 0.5) ? FlowCategory.BY_PRODUCT : FlowCategory.MATERIAL;
            }
            case WATER -> FlowCategory.WATER;
            case ENERGY -> family.heat() ? FlowCategory.HEAT : FlowCategory.ENERGY;
            case SERVICE -> FlowCategory.SERVICE;
            case EQUIPMENT -> FlowCategory.EQUIPMENT;
            case SPACE -> FlowCategory.SPACE;
            case SKILL -> FlowCategory.SKILL;
            case PURCHASE -> FlowCategory.PURCHASE;
            case LOGISTICS -> FlowCategory.LOGISTICS;
        };
    }

    /**
     * One of the family's waste codes; a hazardous one (an asterisk entry) seldom when the family also
     * has ordinary ones, as most companies' waste of a family is the ordinary kind.
     */
    private static WasteCode wasteCode(FamilyTraits family, SplittableRandom random) {
        WasteCode code = Draw.any(family.wasteCodes(), random);
        for (int attempt = 0; attempt < 3 && code.hazardous() && !Boolean.TRUE.equals(family.hazardous()); attempt++) {
            code = Draw.any(family.wasteCodes(), random);
        }
        return code;
    }

    /**
     * The waste code's official flag when a code is given (as the reader would fill it in), else now and
     * then what the family's codes say.
     */
    private static Boolean hazardous(FamilyTraits family, WasteCode ewc, SplittableRandom random) {
        if (ewc != null) {
            return ewc.hazardous();
        }
        if (Boolean.TRUE.equals(family.hazardous())) {
            return Draw.chance(random, 0.7) ? Boolean.TRUE : null;
        }
        if (Boolean.FALSE.equals(family.hazardous())) {
            return Draw.chance(random, 0.15) ? Boolean.FALSE : null;
        }
        return null;
    }
}
