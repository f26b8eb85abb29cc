package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.symbiose.engine.classify.ActivityGuess;
import org.symbiose.engine.classify.ActivityReader;
import org.symbiose.engine.classify.ActivityReading;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.Conditions;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceKind;

/**
 * A dataset read by the engine: located actors with their activity, and flows read as resource
 * families. Flows of actors without a location, and flows no family fits, cannot be matched: they are
 * kept aside and reported.
 */
public final class Territory {

    public final List<ActorFacts> actors = new ArrayList<>();
    public final List<FlowFacts> supplies = new ArrayList<>();
    public final List<FlowFacts> demands = new ArrayList<>();
    final List<UnclassifiedFlow> unclassified = new ArrayList<>();
    int flowCount;
    /** How many distinct readings the flows have (see {@link FlowFacts#reading}). */
    public int readingCount;

    static Territory read(Dataset dataset, KnowledgeBase knowledge, FamilyClassifier classifier, Progress progress) {
        return read(dataset, knowledge, new Trades(knowledge), classifier, progress);
    }

    /** As above, with the trades of the matcher's knowledge ({@link Compatibility#trades}), built once. */
    static Territory read(
            Dataset dataset, KnowledgeBase knowledge, Trades trades, FamilyClassifier classifier, Progress progress) {
        var territory = new Territory();
        var reader = ActivityReader.load();
        Map<String, ActorFacts> byId = new HashMap<>();
        List<Actor> actors = dataset.actors();
        // Activities written out, each distinct one read once, on every core; read even beside a given code,
        // so that a disagreement can be told.
        Map<String, List<ActivityGuess>> guessesByActivity = actors.stream()
                .filter(a -> a.location() != null && a.activity() != null)
                .map(Actor::activity)
                .distinct()
                .toList()
                .parallelStream()
                .collect(Collectors.toConcurrentMap(activity -> activity, reader::read));
        var uses = new UseReadings(dataset.flows(), reader, classifier, knowledge);
        Map<String, Long> tradesByActivityAndCode = new HashMap<>();
        for (int a = 0; a < actors.size(); a++) {
            if (a % 10_000 == 0) {
                progress.report("reading activities", a, actors.size());
            }
            Actor actor = actors.get(a);
            if (actor.location() == null) {
                continue;
            }
            List<ActivityGuess> guesses =
                    actor.activity() == null ? List.of() : guessesByActivity.get(actor.activity());
            var reading = new ActivityReading(actor.activity(), actor.naf(), guesses.isEmpty() ? null : guesses.get(0));
            String naf = reading.code();
            List<NeedUse> actorUses = uses.of(actor.id(), naf);
            List<String> prefixes = UseReadings.prefixes(naf, actorUses);
            long actorTrades = actor.activity() == null
                    ? 0
                    : tradesByActivityAndCode.computeIfAbsent(
                            actor.activity() + "\n" + String.join(" ", prefixes),
                            key -> trades.of(actor.activity(), prefixes));
            var facts = ActorFacts.of(
                    territory.actors.size(),
                    actor,
                    actor.location().latitude(),
                    actor.location().longitude(),
                    naf,
                    prefixes,
                    knowledge.activities().of(naf),
                    reading,
                    actorUses,
                    actorTrades);
            territory.actors.add(facts);
            byId.put(actor.id(), facts);
        }
        progress.report("reading activities", actors.size(), actors.size());
        List<FlowRecord> flows = dataset.flows();
        territory.flowCount = flows.size();
        // Territories repeat their wordings: each distinct one is read once, on every core.
        // Each distinct reading is numbered, so that what depends on it alone is found by its number.
        Map<Reading, Read> readings = new ConcurrentHashMap<>();
        var readingNumbers = new AtomicInteger();
        Map<String, Double> temperatureInLabel = new ConcurrentHashMap<>();
        double[] temperatures = new double[flows.size()];
        @SuppressWarnings("unchecked")
        Read[] readOf = new Read[flows.size()];
        var done = new AtomicInteger();
        IntStream.range(0, flows.size()).parallel().forEach(i -> {
            FlowRecord flow = flows.get(i);
            double temperature = flow.temperatureC() != null
                    ? flow.temperatureC()
                    : temperatureInLabel.computeIfAbsent(
                            flow.label(),
                            label -> Conditions.temperatureIn(label).orElse(Double.NaN));
            var reading = new Reading(
                    flow.label(),
                    flow.ewc(),
                    ResourceKind.of(flow.category()),
                    Double.isNaN(temperature) ? null : temperature);
            temperatures[i] = temperature;
            readOf[i] = readings.computeIfAbsent(
                    reading,
                    r -> new Read(
                            readingNumbers.getAndIncrement(),
                            CodeAndWords.families(classifier, r.label(), r.ewc(), r.kind(), r.temperatureC()),
                            StateWords.of(r.label())));
            int n = done.incrementAndGet();
            if (n % 10_000 == 0) {
                progress.report("classifying flows", n, flows.size());
            }
        });
        for (int i = 0; i < flows.size(); i++) {
            FlowRecord flow = flows.get(i);
            List<Classification> families = readOf[i].families();
            ActorFacts actor = byId.get(flow.actorId());
            NeedUse use = flow.direction() == Direction.IN ? uses.need(flow, actor) : null;
            if (use != null) {
                families = uses.families(use, flow, families, knowledge.taxonomy());
            }
            if (families.isEmpty()) {
                territory.unclassified.add(new UnclassifiedFlow(flow.id(), flow.actorId(), flow.label()));
                continue;
            }
            if (actor == null) {
                continue;
            }
            var facts = new FlowFacts(
                    i,
                    readOf[i].number(),
                    flow,
                    actor,
                    families,
                    perYear(flow),
                    flow.unit() == null ? null : flow.unit().dimension(),
                    temperatures[i],
                    Boolean.TRUE.equals(flow.hazardous()),
                    use,
                    readOf[i].state(),
                    flow.availableFrom() == null
                            ? PairGate.OPEN_START
                            : flow.availableFrom().toEpochDay(),
                    flow.availableTo() == null
                            ? PairGate.OPEN_END
                            : flow.availableTo().toEpochDay());
            (flow.direction() == Direction.OUT ? territory.supplies : territory.demands).add(facts);
        }
        territory.readingCount = readingNumbers.get();
        progress.report("classifying flows", flows.size(), flows.size());
        return territory;
    }

    /** What the classifier reads of a flow. */
    private record Reading(String label, String ewc, ResourceKind kind, Double temperatureC) {}

    /** A distinct reading's number, the families it found and what its words say of the thing's state. */
    private record Read(int number, List<Classification> families, int state) {}

    private static double perYear(FlowRecord flow) {
        if (flow.quantity() == null || flow.unit() == null) {
            return Double.NaN;
        }
        return flow.quantity() * flow.unit().factorToReference() * flow.period().perYearFactor();
    }
}
