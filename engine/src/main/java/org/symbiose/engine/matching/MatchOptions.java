package org.symbiose.engine.matching;

import java.util.Objects;

/**
 * How to match a territory.
 *
 * @param topK how many receivers to keep for each supply flow: the best ones
 * @param variety whether a supply's places go to the best company of each activity first ({@code matching.search.Variety}),
 *     rather than to the {@code topK} best scores
 * @param maxDistanceKm an overall distance limit in km on top of each resource's own, null for none
 * @param progress told how far the work has gone; {@link Progress#SILENT} to say nothing
 */
public record MatchOptions(int topK, Double maxDistanceKm, Progress progress, boolean variety) {

    public static final int DEFAULT_TOP_K = 5;

    public MatchOptions {
        if (topK < 1) {
            throw new IllegalArgumentException("--top must be at least 1, was " + topK);
        }
        if (maxDistanceKm != null && !(maxDistanceKm > 0)) {
            throw new IllegalArgumentException("--max-distance-km must be positive, was " + maxDistanceKm);
        }
        Objects.requireNonNull(progress, "progress");
    }

    /** The {@code topK} best scores, without variety. */
    public MatchOptions(int topK, Double maxDistanceKm, Progress progress) {
        this(topK, maxDistanceKm, progress, false);
    }

    public static MatchOptions defaults() {
        return new MatchOptions(DEFAULT_TOP_K, null, Progress.SILENT);
    }

    public MatchOptions withTopK(int k) {
        return new MatchOptions(k, maxDistanceKm, progress, variety);
    }

    public MatchOptions withMaxDistanceKm(Double km) {
        return new MatchOptions(topK, km, progress, variety);
    }

    public MatchOptions withVariety(boolean on) {
        return new MatchOptions(topK, maxDistanceKm, progress, on);
    }
}
