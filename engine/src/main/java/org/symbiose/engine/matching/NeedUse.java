package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symbiose.engine.classify.ActivityGuess;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.UsePhrase;
import org.symbiose.engine.knowledge.ActivityProfiles;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * A need that names a use, read for matching (issue 13, item 2; {@link UsePhrase}): the process it names,
 * as an activity, counts among the receiver's activities for the pathways' lookups ({@link
 * ActorFacts#nafPrefixes}), and the need is read as what that activity takes ({@link #families}) rather than
 * as the generic words "raw material" or "matière première", which fit every resource and no process.
 *
 * @param phrase the need's label, read as a use
 * @param activity the object read as an activity ("Alcohol production" as 11.01), null when the object
 *     names only the company's own plant ("notre four") or says nothing the activity reader recognises
 * @param naf the code of the process the need is for: {@code activity}'s, or for the company's own plant
 *     its own code; null when neither is known
 */
public record NeedUse(UsePhrase phrase, ActivityGuess activity, String naf) {

    /**
     * How surely a use need wants a given resource its process takes: the need says the process, not
     * which of its inputs. The same as a receiver found by its activity profile ({@link
     * ResourceFit#PROFILE_CONFIDENCE}): the need adds a declared quantity and a date, not certainty; where
     * a pathway names the process for the resource, {@link ResourceFit#needEvidence} raises it.
     */
    public static final double FAMILY_CONFIDENCE = ResourceFit.PROFILE_CONFIDENCE;

    /** The evidence of a family read from a use, as the reasons show it ({@link Classification#evidence}). */
    static final String EVIDENCE = "usage";

    /** The family whose descendants are fuels: what a "fuel for" need takes. */
    static final String FUELS = "fuels";

    /** The code's prefixes, for the actor's activities ({@link ActivityProfiles#prefixes}). */
    List<String> prefixes() {
        return naf == null ? List.of() : ActivityProfiles.prefixes(naf);
    }

    /**
     * The need's families: those its label was read as, without the generic ones its head alone reads as
     * ("raw materials", a purchase) nor those its object alone reads as ("Alcohol production" is no
     * alcohol on offer), then the families the process consumes that fit the head (materials for "raw
     * material", fuels for "fuel"), each at {@link #FAMILY_CONFIDENCE} times the reading's confidence.
     */
    List<Classification> families(
            List<Classification> ofLabel,
            List<Classification> ofHead,
            List<Classification> ofObject,
            Set<String> consumed,
            Taxonomy taxonomy) {
        Set<String> dropped = new LinkedHashSet<>();
        if (phrase.role() == UsePhrase.Role.MATERIAL) {
            ofHead.forEach(c -> dropped.add(c.family()));
        }
        ofObject.forEach(c -> dropped.add(c.family()));
        List<Classification> families = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (Classification c : ofLabel) {
            if (!dropped.contains(c.family()) && kept.add(c.family())) {
                families.add(c);
            }
        }
        double confidence = FAMILY_CONFIDENCE * (activity == null ? 1 : activity.confidence());
        for (String family : consumed) {
            if (fits(family, taxonomy) && kept.add(family)) {
                families.add(new Classification(family, confidence, EVIDENCE));
            }
        }
        return families;
    }

    private boolean fits(String family, Taxonomy taxonomy) {
        if (!taxonomy.contains(family)) {
            return false;
        }
        boolean fuel = taxonomy.contains(FUELS) && taxonomy.isA(family, FUELS);
        return switch (phrase.role()) {
            case FUEL -> fuel;
            case MATERIAL -> !fuel && taxonomy.kind(family) == ResourceKind.MATERIAL;
        };
    }
}
