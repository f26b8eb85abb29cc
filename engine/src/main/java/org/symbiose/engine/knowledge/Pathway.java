package org.symbiose.engine.knowledge;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reviewed valorisation pathway: a resource (families or List-of-Waste codes) and a use for it, by
 * receivers that declare a need of {@code receiverFamilies} or whose activity is in {@code receiverNaf}.
 *
 * @param inputFamilies the families it takes, with the families below them
 * @param exceptFamilies families below an input family that it does not take, nor the families below them (a
 *     local composter takes biowaste, not the used cooking oil that is a kind of it): see {@link #takes}
 * @param inputEwc List-of-Waste entry codes (6 digits) this pathway accepts; empty when any code of the families
 * @param receiverNaf NAF codes at any level ("23", "23.51", "23.51Z") of activities that can use the resource
 * @param minTemperatureC lowest supply temperature in °C that suits the use, null when irrelevant
 * @param maxTemperatureC highest supply temperature in °C, null when irrelevant
 * @param maxDistanceKm distance limit in km, null to use the families' limit
 * @param strength how established, in [0, 1]: 1 standard practice, 0.2 speculative
 * @param uses what the pathway puts the resource to, never empty: what the rules of law judge
 * @param hierarchy the pathway's level in the waste hierarchy
 */
public record Pathway(
        String id,
        String labelFr,
        String labelEn,
        Set<String> inputFamilies,
        Set<String> exceptFamilies,
        Set<String> inputEwc,
        Set<String> receiverFamilies,
        List<String> receiverNaf,
        boolean hazardousAllowed,
        Double minTemperatureC,
        Double maxTemperatureC,
        Double maxDistanceKm,
        double strength,
        Set<PathwayUse> uses,
        WasteHierarchy hierarchy,
        String constraintsFr,
        String constraintsEn,
        String source) {

    public Pathway {
        Objects.requireNonNull(id, "id");
        inputFamilies = Collections.unmodifiableSet(new LinkedHashSet<>(inputFamilies));
        exceptFamilies = Collections.unmodifiableSet(new LinkedHashSet<>(exceptFamilies));
        inputEwc = Collections.unmodifiableSet(new LinkedHashSet<>(inputEwc));
        receiverFamilies = Collections.unmodifiableSet(new LinkedHashSet<>(receiverFamilies));
        receiverNaf = List.copyOf(receiverNaf);
        uses = Collections.unmodifiableSet(new LinkedHashSet<>(uses));
        Objects.requireNonNull(hierarchy, "hierarchy of pathway " + id);
        if (uses.isEmpty()) {
            throw new IllegalArgumentException("pathway " + id + " names no use");
        }
        if (inputFamilies.isEmpty() && inputEwc.isEmpty()) {
            throw new IllegalArgumentException("pathway " + id + " has neither input families nor waste codes");
        }
        if (strength < 0 || strength > 1) {
            throw new IllegalArgumentException("strength of pathway " + id + " must be within [0, 1]");
        }
        if (minTemperatureC != null && maxTemperatureC != null && minTemperatureC > maxTemperatureC) {
            throw new IllegalArgumentException("temperature range of pathway " + id + " is reversed");
        }
    }

    /** Whether it takes a resource of this family: one of its input families or below, and none it excepts. */
    public boolean takes(String family, Taxonomy taxonomy) {
        return !excepts(family, taxonomy) && inputFamilies.stream().anyMatch(input -> taxonomy.isA(family, input));
    }

    /** Whether the family is one it excepts, or below one. */
    public boolean excepts(String family, Taxonomy taxonomy) {
        for (String except : exceptFamilies) {
            if (taxonomy.isA(family, except)) {
                return true;
            }
        }
        return false;
    }
}
