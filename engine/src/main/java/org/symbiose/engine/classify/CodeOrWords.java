package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Which reading of a flow wins when it has a List-of-Waste code and a label read as families. The code is
 * a regulated classification a producer declared, so it wins as a rule and the words may only make it more
 * specific ("LoW 15 01 03 + palette": pallets under wooden packaging). Two exceptions: a code mapped to one
 * typical family at less than full confidence gives way to words that read, more surely, another resource
 * of the same heading ({@link #labelOverCode}); and a flow without a code, or whose code the knowledge base
 * does not map, is read by its words alone, discounted when their family is not of the kind the flow's
 * category implies and kept only above {@link #THRESHOLD}. Kept apart from {@link FamilyClassifier}, which
 * reads the words: this is the one place that says which witness is believed.
 */
final class CodeOrWords {

    /** Readings below this confidence are dropped. */
    static final double THRESHOLD = 0.4;

    private static final int MAX_RESULTS = 3;

    /**
     * Words name a resource plainly from this confidence on: one of its whole names, covering two words of the
     * label's three ({@link FamilyClassifier#score}: "croûtes de PVC" in "purges et croûtes de PVC", "biomasse
     * algale" in "biomasse algale résiduelle"). Against an unsure code, such words say which resource of the
     * code's heading this is, however sure the code's mapping is of its typical one.
     */
    static final double NAMED_PLAINLY = 0.85;

    /** Readings kept besides the best: those at least this fraction of its confidence. */
    private static final double RUNNER_UP_RATIO = 0.8;

    private final KnowledgeBase knowledge;
    private final Taxonomy taxonomy;

    CodeOrWords(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.taxonomy = knowledge.taxonomy();
    }

    /**
     * The families of a flow, best first (at most three).
     *
     * @param byWords the label's reading by its words (see {@link FamilyClassifier})
     * @param ewc List-of-Waste code (6 digits) or null
     * @param kindHint the kind the flow's category implies (heat and steam are ENERGY...), or null
     */
    List<Classification> decide(List<Classification> byWords, String ewc, ResourceKind kindHint) {
        List<Classification> result = new ArrayList<>();
        if (ewc != null) {
            knowledge.wasteFamily(ewc).ifPresent(mapping -> {
                String family = mapping.family();
                Classification againstCode = labelOverCode(byWords, mapping.family(), mapping.confidence());
                if (againstCode != null) {
                    result.add(againstCode);
                    return;
                }
                // The code wins; the words may only make it more specific, and only when they read the narrower
                // resource as surely as they would have to alone, and at least as surely as the code's own family
                // or a broader one: one word of "cartons d'expédition" does not make a lot of "cartons" reusable.
                double atCode = byWords.stream()
                        .filter(c -> taxonomy.isA(family, c.family()))
                        .mapToDouble(Classification::confidence)
                        .max()
                        .orElse(0);
                byWords.stream()
                        .filter(c -> taxonomy.isA(c.family(), family)
                                && !c.family().equals(family)
                                && c.confidence() >= THRESHOLD
                                && c.confidence() >= atCode)
                        .findFirst()
                        .ifPresentOrElse(
                                c -> result.add(
                                        new Classification(c.family(), 1.0, "LoW " + ewc + " + " + c.evidence())),
                                () -> result.add(
                                        new Classification(family, Math.max(0.9, mapping.confidence()), "LoW " + ewc)));
            });
        }
        if (result.isEmpty()) {
            for (Classification c : byWords) {
                double confidence = c.confidence();
                if (kindHint != null && taxonomy.kind(c.family()) != kindHint) {
                    confidence *= 0.75;
                }
                if (confidence >= THRESHOLD) {
                    result.add(new Classification(c.family(), confidence, c.evidence()));
                }
            }
            result.sort(Comparator.comparingDouble(Classification::confidence).reversed());
            if (!result.isEmpty()) {
                double floor = result.get(0).confidence() * RUNNER_UP_RATIO;
                result.removeIf(c -> c.confidence() < floor);
            }
        }
        return List.copyOf(result.subList(0, Math.min(MAX_RESULTS, result.size())));
    }

    /**
     * The words' reading when it disagrees with a List-of-Waste code that is itself unsure, else null. A
     * code such as 02 07 04 ("wastes from the production of alcoholic beverages": brewers' grains, grape
     * marc, lees...) is mapped to one typical family at less than full confidence; "lies de vin" under it
     * is wine lees, not spent grain. So when the words read, more surely than the code's own mapping or plainly ({@link #NAMED_PLAINLY}), another
     * resource of the same heading as the code's family (below its parent, off its branch: grape marc
     * beside spent grain, both food-industry by-products), the label wins. Words that name a resource of
     * another heading do not ("spent lime", read as flue-gas residues, under 02 04 02, sugar-factory lime:
     * the code is the better witness there), a code mapped at full confidence ("15 01 03 is wooden
     * packaging") still wins, and words on the code's branch only refine it, as before.
     */
    private Classification labelOverCode(List<Classification> byWords, String codeFamily, double codeConfidence) {
        if (byWords.isEmpty() || codeConfidence >= 1) {
            return null;
        }
        Classification best = byWords.stream()
                .max(Comparator.comparingDouble(Classification::confidence)
                        .thenComparing(Classification::family, Comparator.reverseOrder()))
                .orElseThrow();
        boolean onBranch = taxonomy.isA(best.family(), codeFamily) || taxonomy.isA(codeFamily, best.family());
        String heading = taxonomy.get(codeFamily).parentId();
        boolean sameHeading = heading != null && taxonomy.isA(best.family(), heading);
        boolean surer = best.confidence() > codeConfidence || best.confidence() >= NAMED_PLAINLY;
        return !onBranch && sameHeading && surer ? best : null;
    }
}
