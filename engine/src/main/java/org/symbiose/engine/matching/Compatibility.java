package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Which receivers may take a supply, as lookups by family and activity: the single definition of
 * compatibility, used by the indexed search and by the all-pairs baseline alike.
 */
final class Compatibility {

    /** A family with more descendants than this is too vague to match on by itself ("matières", "déchets"). */
    static final int MAX_DESCENDANTS_FOR_DIRECT_MATCH = 15;

    private final Taxonomy taxonomy;
    private final Map<String, List<Pathway>> pathwaysByFamily;
    private final Map<String, List<Pathway>> pathwaysByWasteCode = new HashMap<>();
    private final Set<String> tooGeneral = new HashSet<>();
    private final AtomicInteger serials = new AtomicInteger();
    private final LawRules law;

    Compatibility(KnowledgeBase knowledge) {
        this.taxonomy = knowledge.taxonomy();
        this.law = new LawRules(taxonomy);
        this.pathwaysByFamily = knowledge.pathwaysByInputFamily();
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

    Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The rules of law's reading of supplies. */
    LawRules law() {
        return law;
    }

    /** Lookups depend on the family, the waste code and the overall limit only: computed once for each. */
    private final Map<List<Object>, List<Lookup>> lookupsByKey = new ConcurrentHashMap<>();

    /** The lookups that find every receiver a supply read as {@code family} may have. */
    List<Lookup> lookups(FlowFacts supply, Classification family, Double maxDistanceKm) {
        return lookupsByKey.computeIfAbsent(
                Arrays.asList(family.family(), supply.flow().ewc(), maxDistanceKm),
                key -> List.copyOf(computeLookups(supply, family, maxDistanceKm)));
    }

    private List<Lookup> computeLookups(FlowFacts supply, Classification family, Double maxDistanceKm) {
        List<Lookup> lookups = new ArrayList<>();
        double familyLimit = cap(taxonomy.maxDistanceKm(family.family()), maxDistanceKm);
        List<String> chain = taxonomy.ancestorsOrSelf(family.family());
        for (String ancestor : chain) {
            if (!tooGeneral.contains(ancestor)) {
                lookups.add(
                        lookup(family, Lookup.Target.NEED_OF_FAMILY, ancestor, new Via.Direct(ancestor), familyLimit));
                lookups.add(lookup(
                        family, Lookup.Target.ACTOR_CONSUMING, ancestor, new Via.ByActivity(ancestor), familyLimit));
            }
        }
        for (Pathway pathway : pathways(supply, chain)) {
            double limit = pathway.maxDistanceKm() == null ? familyLimit : cap(pathway.maxDistanceKm(), maxDistanceKm);
            var via = new Via.ByPathway(pathway);
            for (String receiverFamily : pathway.receiverFamilies()) {
                // Needs of the family itself and of its descendants apart: the latter count for less
                // (BROADER_NEED_FACTOR), which lets the search give up on them sooner.
                lookups.add(lookup(family, Lookup.Target.NEED_OF_FAMILY, receiverFamily, via, limit));
                lookups.add(lookup(family, Lookup.Target.NEED_BELOW_FAMILY, receiverFamily, via, limit));
            }
            for (String naf : pathway.receiverNaf()) {
                lookups.add(lookup(
                        family, Lookup.Target.ACTOR_OF_ACTIVITY, naf.toUpperCase(java.util.Locale.ROOT), via, limit));
            }
        }
        return lookups;
    }

    private Lookup lookup(Classification family, Lookup.Target target, String key, Via via, double radiusKm) {
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
        return new Lookup(
                target,
                key,
                via,
                radiusKm,
                ScoreBounds.bestReceiverFactor(family, target, key, via, namesBelow, taxonomy),
                namesBelow,
                namedFamilies,
                namedActivities,
                taxonomy.number(family.family()),
                target == Lookup.Target.NEED_OF_FAMILY || target == Lookup.Target.NEED_BELOW_FAMILY
                        ? taxonomy.number(key)
                        : -1,
                namedFamilies.stream().mapToInt(taxonomy::number).toArray(),
                ShortCodes.of(namedActivities),
                LawRules.refusingTraits(via, false),
                LawRules.refusingTraits(via, true),
                serials.getAndIncrement());
    }

    private Set<Pathway> pathways(FlowFacts supply, List<String> chain) {
        Set<Pathway> pathways = new LinkedHashSet<>();
        for (String family : chain) {
            pathways.addAll(pathwaysByFamily.getOrDefault(family, List.of()));
        }
        String ewc = supply.flow().ewc();
        if (ewc != null) {
            pathways.addAll(pathwaysByWasteCode.getOrDefault(ewc, List.of()));
        }
        return pathways;
    }

    /** Whether a receiver answers a lookup: the all-pairs baseline's test, equal to the indexes' content. */
    boolean answers(Lookup lookup, Receiver receiver) {
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
