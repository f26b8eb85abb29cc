package org.symbiose.engine.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.symbiose.engine.classify.Classification;

/**
 * The lookups of one run (one call of {@link Matcher#match}, its overall distance limit fixed), worked
 * out once per family, waste code and whether the family was read from the code alone, and numbered from 0 as they are first asked for (see {@link
 * Lookup#serial}). It belongs to the run and goes with it: an application-wide {@link Matcher} asked
 * about many distance limits keeps none of them (before, every distinct {@code max-distance-km} added
 * lookups and serial numbers to the matcher for good).
 */
public final class RunLookups {

    private final Compatibility compatibility;
    private final Double maxDistanceKm;
    private final Map<List<Object>, List<Lookup>> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger serials = new AtomicInteger();

    public RunLookups(Compatibility compatibility, Double maxDistanceKm) {
        this.compatibility = compatibility;
        this.maxDistanceKm = maxDistanceKm;
    }

    /** The lookups that find every receiver a supply read as {@code family} may have. */
    public List<Lookup> of(FlowFacts supply, Classification family) {
        return byKey.computeIfAbsent(
                Arrays.asList(
                        family.family(),
                        supply.flow().ewc(),
                        Compatibility.readFromCodeAlone(family, supply.flow().ewc())),
                key -> compatibility.lookups(supply, family, maxDistanceKm, serials::getAndIncrement));
    }

    /** The definition of compatibility these lookups come from. */
    public Compatibility compatibility() {
        return compatibility;
    }

    /** How many (family, waste code) keys the run has met. */
    public int size() {
        return byKey.size();
    }
}
