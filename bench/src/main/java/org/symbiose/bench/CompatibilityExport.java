package org.symbiose.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * The engine's definition of compatibility (package-private {@code matching.Compatibility}) restated
 * from the knowledge base's public API, as keys a database can join on. A supply read as family F
 * looks up, within a radius: declared needs of F or of an ancestor of F ({@code N:}), actors whose
 * activity consumes F or an ancestor ({@code C:}), and for every pathway taking F, an ancestor or the
 * supply's waste code: needs within the pathway's receiver families ({@code W:}) and actors of its
 * receiving NAF codes ({@code A:}). Ancestors with more than 15 descendants are too vague to match on
 * directly. {@link PostgisExport} checks this restatement against the engine's own count of candidate
 * pairs.
 */
final class CompatibilityExport {

    /** One way a supply key finds receivers: receivers under {@code receiverKey} within {@code radiusKm}. */
    record Lookup(String receiverKey, double radiusKm) {}

    static final int MAX_DESCENDANTS_FOR_DIRECT_MATCH = 15;

    private final Taxonomy taxonomy;
    private final Map<String, List<Pathway>> pathwaysByFamily;
    private final Map<String, List<Pathway>> pathwaysByWasteCode = new HashMap<>();
    private final Set<String> tooGeneral = new HashSet<>();
    private final double maxDistanceKm;

    CompatibilityExport(KnowledgeBase knowledge, double maxDistanceKm) {
        this.taxonomy = knowledge.taxonomy();
        this.pathwaysByFamily = knowledge.pathwaysByInputFamily();
        this.maxDistanceKm = maxDistanceKm;
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

    /** The supply key of a supply read as {@code family}: the waste code matters only when pathways name it. */
    String supplyKey(String family, String ewc) {
        return ewc != null && pathwaysByWasteCode.containsKey(ewc) ? family + "@" + ewc : family;
    }

    /** The lookups of a supply key, in the engine's order, duplicates kept (the engine visits them twice). */
    List<Lookup> lookups(String supplyKey) {
        int at = supplyKey.indexOf('@');
        String family = at < 0 ? supplyKey : supplyKey.substring(0, at);
        String ewc = at < 0 ? null : supplyKey.substring(at + 1);
        List<Lookup> lookups = new ArrayList<>();
        double familyLimit = Math.min(taxonomy.maxDistanceKm(family), maxDistanceKm);
        List<String> chain = taxonomy.ancestorsOrSelf(family);
        for (String ancestor : chain) {
            if (!tooGeneral.contains(ancestor)) {
                lookups.add(new Lookup("N:" + ancestor, familyLimit));
                lookups.add(new Lookup("C:" + ancestor, familyLimit));
            }
        }
        Set<Pathway> pathways = new LinkedHashSet<>();
        for (String member : chain) {
            pathways.addAll(pathwaysByFamily.getOrDefault(member, List.of()));
        }
        if (ewc != null) {
            pathways.addAll(pathwaysByWasteCode.getOrDefault(ewc, List.of()));
        }
        for (Pathway pathway : pathways) {
            double limit =
                    pathway.maxDistanceKm() == null ? familyLimit : Math.min(pathway.maxDistanceKm(), maxDistanceKm);
            for (String receiverFamily : pathway.receiverFamilies()) {
                lookups.add(new Lookup("W:" + receiverFamily, limit));
            }
            for (String naf : pathway.receiverNaf()) {
                lookups.add(new Lookup("A:" + naf.toUpperCase(Locale.ROOT), limit));
            }
        }
        return lookups;
    }

    /** The keys a declared need read as {@code family} is found under. */
    List<String> needKeys(String family) {
        List<String> keys = new ArrayList<>();
        keys.add("N:" + family);
        for (String ancestor : taxonomy.ancestorsOrSelf(family)) {
            keys.add("W:" + ancestor);
        }
        return keys;
    }
}
