package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Which receivers may take a supply, as lookups by family and activity: the single definition of
 * compatibility, used by the indexed search and by the all-pairs baseline alike.
 */
public final class Compatibility {

    /** A family with more descendants than this is too vague to match on by itself ("matières", "déchets"). */
    static final int MAX_DESCENDANTS_FOR_DIRECT_MATCH = 15;

    private final Taxonomy taxonomy;
    private final Map<String, List<Pathway>> pathwaysByFamily;
    private final Map<String, List<Pathway>> pathwaysByWasteCode = new HashMap<>();
    private final Set<String> tooGeneral = new HashSet<>();
    private final LawRules law;
    /** The families whose things are reused as they are ({@link KnowledgeBase#reusedAsIs}). */
    private final Set<String> reusedAsIs = new HashSet<>();
    /** Which trades of a broad NAF class run which pathway ({@link Trades}). */
    private final Trades trades;

    Compatibility(KnowledgeBase knowledge) {
        this.taxonomy = knowledge.taxonomy();
        this.law = new LawRules(taxonomy);
        for (ResourceFamily family : taxonomy.listAll()) {
            if (knowledge.reusedAsIs(family.id())) {
                reusedAsIs.add(family.id());
            }
        }
        this.pathwaysByFamily = knowledge.pathwaysByInputFamily();
        this.trades = new Trades(knowledge);
        for (Pathway pathway : knowledge.pathways()) {
            for (String code : pathway.inputEwc()) {
                pathwaysByWasteCode
                        .computeIfAbsent(code, c -> new ArrayList<>())
                        .add(pathway);
            }
        }
        Map<String, Integer> descendants = new HashMap<>();
        for (ResourceFamily family : taxonomy.listAll()) {
            for (String ancestor : taxonomy.ancestorsOrSelf(family.id())) {
                if (!ancestor.equals(family.id())) {
                    descendants.merge(ancestor, 1, Integer::sum);
                }
            }
        }
        descendants.forEach((family, count) -> {
            if (count > MAX_DESCENDANTS_FOR_DIRECT_MATCH) {
                tooGeneral.add(family);
            }
        });
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Which trades of a broad NAF class run which pathway, built once with the knowledge. */
    Trades trades() {
        return trades;
    }

    /** The rules of law's reading of supplies. */
    public LawRules law() {
        return law;
    }

    /**
     * The lookups that find every receiver a supply read as {@code family} may have, numbered by {@code
     * serials} (see {@link Lookup#serial}). Worked out afresh at each call: a run keeps them, once per
     * family and waste code, in its {@link RunLookups}, so that nothing grows here from run to run.
     */
    List<Lookup> lookups(FlowFacts supply, Classification family, Double maxDistanceKm, IntSupplier serials) {
        return List.copyOf(computeLookups(supply, family, maxDistanceKm, serials));
    }

    /** For tests: how many entries this object holds, fixed once built whatever the runs it serves. */
    public int retainedEntries() {
        return pathwaysByFamily.size() + pathwaysByWasteCode.size() + tooGeneral.size();
    }

    private List<Lookup> computeLookups(
            FlowFacts supply, Classification family, Double maxDistanceKm, IntSupplier serials) {
        List<Lookup> lookups = new ArrayList<>();
        double familyLimit = cap(taxonomy.maxDistanceKm(family.family()), maxDistanceKm);
        List<String> chain = taxonomy.ancestorsOrSelf(family.family());
        for (String ancestor : chain) {
            if (!tooGeneral.contains(ancestor)) {
                lookups.add(lookup(
                        family,
                        Lookup.Target.NEED_OF_FAMILY,
                        ancestor,
                        new Via.Direct(ancestor),
                        familyLimit,
                        serials));
                lookups.add(lookup(
                        family,
                        Lookup.Target.ACTOR_CONSUMING,
                        ancestor,
                        new Via.ByActivity(ancestor, reusedAsIs.contains(ancestor)),
                        familyLimit,
                        serials));
            }
        }
        for (Pathway pathway : pathways(supply, family, chain)) {
            double limit = pathway.maxDistanceKm() == null ? familyLimit : cap(pathway.maxDistanceKm(), maxDistanceKm);
            var via = new Via.ByPathway(pathway);
            for (String receiverFamily : pathway.receiverFamilies()) {
                // Needs of the family itself and of its descendants apart: the latter count for less
                // (BROADER_NEED_FACTOR), which lets the search give up on them sooner.
                lookups.add(lookup(family, Lookup.Target.NEED_OF_FAMILY, receiverFamily, via, limit, serials));
                lookups.add(lookup(family, Lookup.Target.NEED_BELOW_FAMILY, receiverFamily, via, limit, serials));
            }
            for (String naf : pathway.receiverNaf()) {
                lookups.add(lookup(
                        family,
                        Lookup.Target.ACTOR_OF_ACTIVITY,
                        naf.toUpperCase(java.util.Locale.ROOT),
                        via,
                        limit,
                        serials));
            }
        }
        return lookups;
    }

    private Lookup lookup(
            Classification family, Lookup.Target target, String key, Via via, double radiusKm, IntSupplier serials) {
        boolean namesBelow = via instanceof Via.ByPathway byPathway
                && byPathway.pathway().receiverFamilies().stream()
                        .anyMatch(named -> !named.equals(key) && taxonomy.isA(named, key));
        Set<String> namedFamilies = Set.of();
        Set<String> namedActivities = Set.of();
        if (via instanceof Via.ByPathway byPathway) {
            namedFamilies = Set.copyOf(byPathway.pathway().receiverFamilies());
            namedActivities = byPathway.pathway().receiverNaf().stream()
                    .map(code -> code.toUpperCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        int supplyFamily = taxonomy.number(family.family());
        return new Lookup(
                target,
                key,
                via,
                radiusKm,
                ResourceFit.bestReceiverFactor(family, target, key, via, namesBelow, taxonomy),
                namesBelow,
                namedFamilies,
                namedActivities,
                supplyFamily,
                target == Lookup.Target.NEED_OF_FAMILY || target == Lookup.Target.NEED_BELOW_FAMILY
                        ? taxonomy.number(key)
                        : -1,
                namedFamilies.stream().mapToInt(taxonomy::number).toArray(),
                PairGate.needsOfTheInputs(
                        via,
                        supplyFamily,
                        via instanceof Via.ByPathway byPathway
                                ? byPathway.pathway().inputFamilies().stream()
                                        .mapToInt(taxonomy::number)
                                        .toArray()
                                : new int[0],
                        taxonomy),
                ShortCodes.of(namedActivities),
                LawRules.refusingTraits(via, false),
                LawRules.refusingTraits(via, true),
                via instanceof Via.ByPathway byPathway
                        ? trades.running(byPathway.pathway(), family.family())
                        : Trades.ALL,
                serials.getAsInt());
    }

    private Set<Pathway> pathways(FlowFacts supply, Classification read, List<String> chain) {
        Set<Pathway> pathways = new LinkedHashSet<>();
        for (String family : chain) {
            for (Pathway pathway : pathwaysByFamily.getOrDefault(family, List.of())) {
                if (!pathway.excepts(read.family(), taxonomy)) {
                    pathways.add(pathway);
                }
            }
        }
        String ewc = supply.flow().ewc();
        if (ewc != null) {
            for (Pathway pathway : pathwaysByWasteCode.getOrDefault(ewc, List.of())) {
                if (codeCarries(pathway, read, ewc)) {
                    pathways.add(pathway);
                }
            }
        }
        return pathways;
    }

    /**
     * Whether a supply's family was read from its List-of-Waste code, its words saying nothing more: neither a
     * family below the code's nor, read alone, the code's own family ({@link CodeAndWords}).
     */
    public static boolean readFromCodeAlone(Classification read, String ewc) {
        return ewc != null && read.evidence().equals("LoW " + ewc);
    }

    /**
     * Whether a pathway that lists the supply's List-of-Waste code takes it: always when the family was
     * read from the code alone, or when the pathway is made for the family the words say or a broader one;
     * not when the label's words said what the resource is and the pathway is made for another one. A code
     * covers several resources (02 07 04: brewers' grains, grape marc, lees): "lies de vin" under it is
     * no brewers' yeast for pig feed, whatever pathway lists the code; "marc de pommes" under 02 03 04,
     * words and code agreeing on fruit residues, is no oilseed cake for feed; and "restes de repas et
     * épluchures" under 20 01 08, kitchen waste by words and code, is not the spent coffee grounds that
     * pathways listing the same code press into fuel pellets: a narrower resource is another one until the
     * words name it. Never a family the pathway excepts ({@link Pathway#exceptFamilies}).
     */
    private boolean codeCarries(Pathway pathway, Classification read, String ewc) {
        if (pathway.excepts(read.family(), taxonomy)) {
            return false;
        }
        return pathway.inputFamilies().isEmpty()
                || readFromCodeAlone(read, ewc)
                || pathway.takes(read.family(), taxonomy);
    }

    /** Whether a receiver answers a lookup: the all-pairs baseline's test, equal to the indexes' content. */
    public boolean answers(Lookup lookup, Receiver receiver) {
        return switch (lookup.target()) {
            case NEED_OF_FAMILY ->
                receiver.isDeclared() && receiver.needFamily().family().equals(lookup.key());
            case NEED_BELOW_FAMILY ->
                receiver.isDeclared()
                        && !receiver.needFamily().family().equals(lookup.key())
                        && taxonomy.isA(receiver.needFamily().family(), lookup.key());
            case ACTOR_OF_ACTIVITY ->
                !receiver.isDeclared() && receiver.actor().nafPrefixes().contains(lookup.key());
            case ACTOR_CONSUMING ->
                !receiver.isDeclared() && receiver.actor().profile().consumes().contains(lookup.key());
        };
    }

    private static double cap(double limit, Double maxDistanceKm) {
        return maxDistanceKm == null ? limit : Math.min(limit, maxDistanceKm);
    }
}
