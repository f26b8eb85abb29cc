package org.symbiose.flows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.ResourceKind;

/**
 * How the engine reads a flow as it is typed: "lu comme Palettes bois, confiance 0,9", or "non
 * reconnu". The facilitator sees at once whether the matching will understand the label, and rewords it
 * if not. The knowledge base is loaded on the first reading, not at start-up.
 */
@Component
public class FlowReading {

    /** What the grid shows beside a row: whether the engine recognised it, and in which words. */
    public record Reading(boolean recognised, String text) {}

    private final MessageSource messages;
    private final Supplier<Engine> engine = memoised();

    private record Engine(KnowledgeBase knowledge, FamilyClassifier classifier) {}

    FlowReading(MessageSource messages) {
        this.messages = messages;
    }

    /** The reading of a label, List-of-Waste code, category and temperature, in {@code locale}. */
    public Reading read(String label, String ewc, FlowCategory category, BigDecimal temperatureC, Locale locale) {
        if ((label == null || label.isBlank()) && (ewc == null || ewc.isBlank())) {
            return new Reading(false, "");
        }
        Engine e = engine.get();
        List<Classification> found = e.classifier()
                .classify(
                        label == null ? "" : label,
                        ewc == null || ewc.isBlank() ? null : ewc,
                        ResourceKind.of(category),
                        temperatureC == null ? null : temperatureC.doubleValue());
        if (found.isEmpty()) {
            return new Reading(false, messages.getMessage("flows.reading.unknown", null, locale));
        }
        Classification best = found.get(0);
        ResourceFamily family = e.knowledge().taxonomy().get(best.family());
        String name = "en".equals(locale.getLanguage()) ? family.labelEn() : family.labelFr();
        // One decimal always ("1,0", "0,9"): a confidence, not a count.
        String confidence = BigDecimal.valueOf(best.confidence())
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        if (!"en".equals(locale.getLanguage())) {
            confidence = confidence.replace('.', ',');
        }
        return new Reading(true, messages.getMessage("flows.reading.as", new Object[] {name, confidence}, locale));
    }

    /** The reading of a stored flow. */
    public Reading read(Flow flow, Locale locale) {
        return read(flow.label(), flow.ewc(), flow.category(), flow.temperatureC(), locale);
    }

    private static Supplier<Engine> memoised() {
        return new Supplier<>() {
            private volatile Engine loaded;

            @Override
            public Engine get() {
                Engine e = loaded;
                if (e == null) {
                    synchronized (this) {
                        if (loaded == null) {
                            KnowledgeBase knowledge = KnowledgeBase.load();
                            loaded = new Engine(knowledge, new FamilyClassifier(knowledge));
                        }
                        e = loaded;
                    }
                }
                return e;
            }
        };
    }
}
