package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symbiose.engine.classify.ActivityGuess;
import org.symbiose.engine.classify.ActivityReader;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.classify.UsePhrase;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.knowledge.ActivityProfiles;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceKind;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * A territory's needs that name a use, read once per wording ({@link NeedUse}): which processes each actor's
 * needs name, before the actors are read (so that their activities include them), and each such need's
 * families once its actor is known. Few needs are worded so; the others cost one pattern test each.
 */
final class UseReadings {

    private final ActivityReader reader;
    private final FamilyClassifier classifier;
    private final KnowledgeBase knowledge;
    private final Map<String, Optional<UsePhrase>> phrases = new HashMap<>();
    private final Map<String, Optional<ActivityGuess>> activities = new HashMap<>();
    private final Map<String, List<Classification>> readings = new HashMap<>();
    /** By actor id: the needs' uses that name an activity of their own. */
    private final Map<String, List<NeedUse>> byActor = new HashMap<>();

    UseReadings(List<FlowRecord> flows, ActivityReader reader, FamilyClassifier classifier, KnowledgeBase knowledge) {
        this.reader = reader;
        this.classifier = classifier;
        this.knowledge = knowledge;
        for (FlowRecord flow : flows) {
            if (flow.direction() != Direction.IN) {
                continue;
            }
            UsePhrase phrase = phrase(flow.label());
            if (phrase == null) {
                continue;
            }
            ActivityGuess activity = activity(phrase);
            if (activity != null) {
                byActor.computeIfAbsent(flow.actorId(), id -> new ArrayList<>())
                        .add(new NeedUse(phrase, activity, activity.naf().code()));
            }
        }
    }

    /** The uses an actor's needs name as activities of their own, the actor's own code aside. */
    List<NeedUse> of(String actorId, String ownNaf) {
        List<NeedUse> uses = byActor.getOrDefault(actorId, List.of());
        return uses.stream().filter(u -> !u.naf().equals(ownNaf)).toList();
    }

    /** The actor's own code's prefixes, then those of its uses not already among them. */
    static List<String> prefixes(String naf, List<NeedUse> uses) {
        Set<String> prefixes = new LinkedHashSet<>(ActivityProfiles.prefixes(naf));
        uses.forEach(use -> prefixes.addAll(use.prefixes()));
        return List.copyOf(prefixes);
    }

    /** How a need names a use, with its process read; null when its label names no use. */
    NeedUse need(FlowRecord flow, ActorFacts actor) {
        UsePhrase phrase = phrase(flow.label());
        if (phrase == null) {
            return null;
        }
        ActivityGuess activity = activity(phrase);
        String naf =
                activity != null ? activity.naf().code() : phrase.ownProcess() && actor != null ? actor.naf() : null;
        return new NeedUse(phrase, activity, naf);
    }

    /** The need's families as a use ({@link NeedUse#families}). */
    List<Classification> families(NeedUse use, FlowRecord flow, List<Classification> ofLabel, Taxonomy taxonomy) {
        ResourceKind kind = ResourceKind.of(flow.category());
        Set<String> consumed = use.naf() == null
                ? Set.of()
                : knowledge.activities().of(use.naf()).consumes();
        return use.families(
                ofLabel,
                classify(use.phrase().head(), kind),
                classify(use.phrase().object(), kind),
                consumed,
                taxonomy);
    }

    private UsePhrase phrase(String label) {
        return phrases.computeIfAbsent(label, UsePhrase::read).orElse(null);
    }

    private ActivityGuess activity(UsePhrase phrase) {
        if (!phrase.objectNamesAnActivity()) {
            return null;
        }
        return activities
                .computeIfAbsent(
                        phrase.object(), object -> reader.read(object).stream().findFirst())
                .orElse(null);
    }

    private List<Classification> classify(String text, ResourceKind kind) {
        return readings.computeIfAbsent(text + "\u0000" + kind, key -> classifier.classify(text, null, kind, null));
    }
}
