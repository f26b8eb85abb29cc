package org.symbiose.engine.knowledge;

import static org.symbiose.engine.knowledge.KnowledgeCsv.bool;
import static org.symbiose.engine.knowledge.KnowledgeCsv.decimal;
import static org.symbiose.engine.knowledge.KnowledgeCsv.list;
import static org.symbiose.engine.knowledge.KnowledgeCsv.required;
import static org.symbiose.engine.knowledge.KnowledgeCsv.set;
import static org.symbiose.engine.knowledge.KnowledgeCsv.text;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The row formats of the five knowledge files (engine/src/main/resources/.../knowledge/README.md). */
final class KnowledgeRows {

    private KnowledgeRows() {}

    static List<ResourceFamily> families(Reader source) throws IOException {
        return KnowledgeCsv.read(
                "families.csv",
                source,
                r -> new ResourceFamily(
                        required(r, "id"),
                        text(r, "parent"),
                        ResourceKind.valueOf(required(r, "kind").toUpperCase(Locale.ROOT)),
                        required(r, "label_fr"),
                        required(r, "label_en"),
                        list(r, "synonyms_fr"),
                        list(r, "synonyms_en"),
                        decimal(r, "max_distance_km"),
                        new ResourceFamily.Band(
                                decimal(r, "min_temperature_c"),
                                decimal(r, "max_temperature_c"),
                                decimal(r, "min_pressure_bar"),
                                decimal(r, "max_pressure_bar"))));
    }

    static Map<String, KnowledgeBase.WasteFamily> wasteFamilies(Reader source) throws IOException {
        var map = new HashMap<String, KnowledgeBase.WasteFamily>();
        KnowledgeCsv.read("waste-families.csv", source, r -> {
            String code = required(r, "code");
            Double confidence = decimal(r, "confidence");
            var previous = map.put(
                    code, new KnowledgeBase.WasteFamily(required(r, "family"), confidence == null ? 1 : confidence));
            if (previous != null) {
                throw new IllegalArgumentException("waste code " + code + " is mapped twice");
            }
            return code;
        });
        return map;
    }

    static Map<String, ActivityProfile> activityProfiles(Reader source) throws IOException {
        var map = new HashMap<String, ActivityProfile>();
        KnowledgeCsv.read("naf-families.csv", source, r -> {
            String naf = required(r, "naf").toUpperCase(Locale.ROOT);
            if (map.put(naf, new ActivityProfile(naf, set(r, "produces"), set(r, "consumes"))) != null) {
                throw new IllegalArgumentException("NAF code " + naf + " has two rows");
            }
            return naf;
        });
        return map;
    }

    static List<Pathway> pathways(Reader source) throws IOException {
        return KnowledgeCsv.read(
                "pathways.csv",
                source,
                r -> new Pathway(
                        required(r, "id"),
                        required(r, "label_fr"),
                        required(r, "label_en"),
                        set(r, "input_families"),
                        set(r, "except_families"),
                        set(r, "input_ewc"),
                        set(r, "receiver_families"),
                        list(r, "receiver_naf"),
                        bool(r, "hazardous_allowed", false),
                        decimal(r, "min_temperature_c"),
                        decimal(r, "max_temperature_c"),
                        decimal(r, "max_distance_km"),
                        strength(decimal(r, "strength")),
                        set(r, "use").stream()
                                .map(PathwayUse::parse)
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                        WasteHierarchy.parse(required(r, "hierarchy")),
                        text(r, "constraints_fr"),
                        text(r, "constraints_en"),
                        text(r, "source")));
    }

    private static double strength(Double value) {
        return value == null ? 0.5 : value;
    }

    static List<Trade> trades(Reader source) throws IOException {
        return KnowledgeCsv.read(
                "trades.csv",
                source,
                r -> new Trade(
                        required(r, "id"),
                        list(r, "nace"),
                        list(r, "terms_fr"),
                        list(r, "terms_en"),
                        list(r, "uses").stream().map(PathwayUse::parse).collect(java.util.stream.Collectors.toSet()),
                        set(r, "input_roots"),
                        text(r, "narrows"),
                        text(r, "note")));
    }

    static List<Theme> themes(Reader source) throws IOException {
        return KnowledgeCsv.read("themes.csv", source, r -> {
            Double minActors = decimal(r, "min_actors");
            Double radius = decimal(r, "radius_km");
            return new Theme(
                    required(r, "id"),
                    required(r, "label_fr"),
                    required(r, "label_en"),
                    Theme.Kind.valueOf(required(r, "kind").toUpperCase(Locale.ROOT)),
                    set(r, "families"),
                    minActors == null ? 3 : minActors.intValue(),
                    radius == null ? 5 : radius,
                    text(r, "source"));
        });
    }
}
