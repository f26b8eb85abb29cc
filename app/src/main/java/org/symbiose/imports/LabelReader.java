package org.symbiose.imports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Reads flow labels as the matcher will ({@link FamilyClassifier}), so that a facilitator sees before
 * importing which labels the engine understands and which it cannot read. Built once: loading the
 * knowledge base takes a moment.
 */
@Component
public class LabelReader {

    private final FamilyClassifier classifier;
    private final Taxonomy taxonomy;
    private final Map<String, ResourceFamily> families = new ConcurrentHashMap<>();

    public LabelReader() {
        KnowledgeBase knowledge = KnowledgeBase.load();
        this.classifier = new FamilyClassifier(knowledge);
        this.taxonomy = knowledge.taxonomy();
    }

    /** The best reading of a flow's label (its waste code, category and temperature help), null when unreadable. */
    public LabelReading read(FlowRecord flow) {
        List<Classification> found =
                classifier.classify(flow.label(), flow.ewc(), ResourceKind.of(flow.category()), flow.temperatureC());
        if (found.isEmpty()) {
            return null;
        }
        Classification best = found.get(0);
        ResourceFamily family = families.computeIfAbsent(best.family(), taxonomy::get);
        return new LabelReading(family.id(), family.labelFr(), family.labelEn(), best.confidence());
    }
}
