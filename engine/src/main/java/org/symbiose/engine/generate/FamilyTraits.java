package org.symbiose.engine.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;

/**
 * What the generator needs to know of a resource family to write a plausible flow of it: its kind,
 * whether it is heat (and at what temperatures), whether it is counted in pallets, the List-of-Waste
 * entries mapped to it, and how people name it in French and in English.
 *
 * @param minTemperatureC lowest plausible temperature in °C, NaN when the family has none
 * @param wasteCodes entries the knowledge base maps to the family (else to its descendants), in list order
 * @param hazardous TRUE when all those entries are hazardous, FALSE when none is, null when mixed or none
 */
record FamilyTraits(
        String id,
        ResourceKind kind,
        boolean heat,
        double minTemperatureC,
        double maxTemperatureC,
        boolean pallet,
        List<WasteCode> wasteCodes,
        Boolean hazardous,
        List<String> namesFr,
        List<String> namesEn) {

    private static final Pattern RANGE =
            Pattern.compile("(\\d{1,4})\\s*(?:-|–|à|to)\\s*(\\d{1,4})\\s*°?\\s*c?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW =
            Pattern.compile("(?:<|≤|below|under|moins de|inférieure? à)\\s*(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOVE =
            Pattern.compile("(?:>|≥|above|over|plus de|supérieure? à)\\s*(\\d{1,4})", Pattern.CASE_INSENSITIVE);

    /** Waste codes mapped with less confidence than this are not given as examples of a family. */
    private static final double SURE = 0.5;

    FamilyTraits {
        wasteCodes = List.copyOf(wasteCodes);
        namesFr = List.copyOf(namesFr);
        namesEn = List.copyOf(namesEn);
    }

    boolean hasTemperature() {
        return !Double.isNaN(minTemperatureC);
    }

    /** Traits of every family of the knowledge base, by family id. */
    static Map<String, FamilyTraits> of(KnowledgeBase knowledge, WasteCatalogue waste) {
        Taxonomy taxonomy = knowledge.taxonomy();
        Map<String, List<WasteCode>> direct = new HashMap<>();
        Map<String, String> familyOf = new HashMap<>();
        for (WasteCode code : waste.listEntries()) {
            knowledge
                    .wasteFamily(code.code())
                    .filter(m -> m.confidence() >= SURE)
                    .ifPresent(mapping -> {
                        direct.computeIfAbsent(mapping.family(), f -> new ArrayList<>())
                                .add(code);
                        familyOf.put(code.code(), mapping.family());
                    });
        }
        var traits = new HashMap<String, FamilyTraits>();
        for (ResourceFamily family : taxonomy.listAll()) {
            traits.put(family.id(), traitsOf(family, taxonomy, direct, familyOf, waste));
        }
        return traits;
    }

    private static FamilyTraits traitsOf(
            ResourceFamily family,
            Taxonomy taxonomy,
            Map<String, List<WasteCode>> direct,
            Map<String, String> familyOf,
            WasteCatalogue waste) {
        String chain = chainText(family.id(), taxonomy);
        ResourceKind kind = family.kind();
        boolean cold = chain.contains("cold") || chain.contains("froid") || chain.contains("cooling");
        boolean heat = kind == ResourceKind.ENERGY
                && (chain.contains("heat")
                        || chain.contains("chaleur")
                        || chain.contains("steam")
                        || chain.contains("vapeur")
                        || cold);
        double[] range = heat ? temperatures(family, chain, cold) : new double[] {Double.NaN, Double.NaN};
        List<WasteCode> codes = direct.getOrDefault(family.id(), List.of());
        if (codes.isEmpty()) {
            codes = waste.listEntries().stream()
                    .filter(code ->
                            familyOf.containsKey(code.code()) && taxonomy.isA(familyOf.get(code.code()), family.id()))
                    .toList();
        }
        Boolean hazardous = codes.isEmpty()
                ? null
                : codes.stream().allMatch(WasteCode::hazardous)
                        ? Boolean.TRUE
                        : codes.stream().noneMatch(WasteCode::hazardous) ? Boolean.FALSE : null;
        boolean pallet = kind == ResourceKind.MATERIAL
                && (family.labelEn().toLowerCase(Locale.ROOT).contains("pallet")
                        || family.labelFr().toLowerCase(Locale.ROOT).contains("palette"));
        return new FamilyTraits(
                family.id(),
                kind,
                heat,
                range[0],
                range[1],
                pallet,
                codes,
                hazardous,
                names(family.labelFr(), family.synonymsFr()),
                names(family.labelEn(), family.synonymsEn()));
    }

    private static String chainText(String id, Taxonomy taxonomy) {
        var text = new StringBuilder();
        for (String ancestor : taxonomy.ancestorsOrSelf(id)) {
            ResourceFamily family = taxonomy.get(ancestor);
            text.append(ancestor).append(' ').append(family.labelFr()).append(' ');
            text.append(family.labelEn()).append(' ');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** The family's own range ("chaleur 60-120 °C", "steam > 180 °C"), else a usual one for its sort. */
    private static double[] temperatures(ResourceFamily family, String chain, boolean cold) {
        String own = family.labelFr() + " | " + family.labelEn() + " | " + family.id();
        Matcher range = RANGE.matcher(own);
        if (range.find()) {
            double low = Double.parseDouble(range.group(1));
            double high = Double.parseDouble(range.group(2));
            return new double[] {Math.min(low, high), Math.max(low, high)};
        }
        Matcher below = BELOW.matcher(own);
        if (below.find()) {
            double high = Double.parseDouble(below.group(1));
            return new double[] {Math.max(cold ? 2 : 25, high - 35), high};
        }
        Matcher above = ABOVE.matcher(own);
        if (above.find()) {
            double low = Double.parseDouble(above.group(1));
            return new double[] {low, low + 150};
        }
        if (cold) {
            return new double[] {4, 12};
        }
        if (chain.contains("steam") || chain.contains("vapeur")) {
            return new double[] {130, 280};
        }
        return new double[] {40, 95};
    }

    /** The label first, then the synonyms, without repeats. */
    private static List<String> names(String label, List<String> synonyms) {
        var names = new ArrayList<String>();
        names.add(label);
        for (String synonym : synonyms) {
            if (!names.contains(synonym)) {
                names.add(synonym);
            }
        }
        return names;
    }
}
