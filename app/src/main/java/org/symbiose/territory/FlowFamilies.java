package org.symbiose.territory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.PathwayUse;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.flows.Flow;

/**
 * Reads a flow as the matcher does ({@link FamilyClassifier}) and names it by its root family ("Bois et
 * déchets de bois" rather than "palettes bois cassées"): about thirty families keep a Sankey readable.
 * Readings are remembered by label, as the same labels come back on every page.
 */
@Component
class FlowFamilies {

    /** Beyond this many distinct labels, readings are computed again each time. */
    private static final int KEPT = 20_000;

    private final KnowledgeBase knowledge = KnowledgeBase.load();
    private final Taxonomy taxonomy = knowledge.taxonomy();
    private final FamilyClassifier classifier = new FamilyClassifier(knowledge);
    private final Map<String, Optional<ResourceFamily>> readings = new ConcurrentHashMap<>();

    /** The flow's root resource family, empty when the engine cannot read the label. */
    Optional<ResourceFamily> rootFamily(Flow flow) {
        String key = flow.label() + '\u0000' + flow.ewc() + '\u0000' + flow.category() + '\u0000' + flow.temperatureC();
        Optional<ResourceFamily> known = readings.get(key);
        if (known != null) {
            return known;
        }
        List<Classification> found = classifier.classify(
                flow.label(),
                flow.ewc() == null || flow.ewc().isBlank() ? null : flow.ewc(),
                ResourceKind.of(flow.category()),
                flow.temperatureC() == null ? null : flow.temperatureC().doubleValue());
        Optional<ResourceFamily> root = found.isEmpty()
                ? Optional.empty()
                : Optional.of(root(found.get(0).family()));
        if (readings.size() < KEPT) {
            readings.put(key, root);
        }
        return root;
    }

    /** A family's label in the reader's language. */
    static String label(ResourceFamily family, Locale locale) {
        return "en".equals(locale.getLanguage()) ? family.labelEn() : family.labelFr();
    }

    /** The first use of a pathway of the knowledge base, by its id. */
    Optional<PathwayUse> firstUse(String pathwayId) {
        return knowledge.pathways().stream()
                .filter(p -> p.id().equals(pathwayId))
                .findFirst()
                .flatMap(p -> p.uses().stream().sorted().findFirst());
    }

    private ResourceFamily root(String familyId) {
        List<String> chain = taxonomy.ancestorsOrSelf(familyId);
        return taxonomy.get(chain.get(chain.size() - 1));
    }
}
