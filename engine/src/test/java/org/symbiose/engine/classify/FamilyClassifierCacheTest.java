package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * A classifier the application keeps for good (the import's label reader, the flows' pages) is typed new
 * labels every day: what it remembers is bounded, and a label read after the bound reads the same.
 */
class FamilyClassifierCacheTest {

    @Test
    void aLongLivedClassifierRemembersAtMostItsBound() {
        var classifier = new FamilyClassifier(KnowledgeBase.load());
        int labels = FamilyClassifier.KEPT + 2_000;
        for (int i = 0; i < labels; i++) {
            classifier.classify("copeaux de bois lot" + Integer.toString(i, 36), null, null);
        }

        assertThat(classifier.cachedEntries()).isLessThanOrEqualTo(2 * FamilyClassifier.KEPT);
        String late = "copeaux de bois lot" + Integer.toString(labels - 1, 36);
        assertThat(classifier.classify(late, null, null))
                .isNotEmpty()
                .isEqualTo(new FamilyClassifier(KnowledgeBase.load()).classify(late, null, null));
    }

    @Test
    void aRunsClassifierReadsAsTheSharedOneAndLeavesItAsItWas() {
        var shared = new FamilyClassifier(KnowledgeBase.load());
        var run = shared.forRun();
        var other = new FamilyClassifier(KnowledgeBase.load());
        for (String label : new String[] {"vapeur 12 bar", "chaleur fatale 90 °C", "palettes bois usagées", "boues"}) {
            assertThat(run.classify(label, null, null, null)).isEqualTo(other.classify(label, null, null, null));
        }

        assertThat(run.cachedEntries()).isPositive();
        assertThat(shared.cachedEntries()).isZero();
    }
}
