package org.symbiose.engine.generate;

/**
 * What territory to generate.
 *
 * @param actors number of companies, at least 1
 * @param seed the same seed gives the same territory, byte for byte
 * @param supplyShare probability that a flow is a supply ({@code out}), in [0, 1]; null for the mix
 *     the activity profiles give (about four supplies for six needs)
 */
public record TerritoryOptions(int actors, long seed, Double supplyShare) {

    /** More than the region's 500,000 establishments: a guard against a mistyped count. */
    public static final int MAX_ACTORS = 10_000_000;

    public TerritoryOptions {
        if (actors < 1 || actors > MAX_ACTORS) {
            throw new IllegalArgumentException("--actors must be between 1 and " + MAX_ACTORS + ", was " + actors);
        }
        if (supplyShare != null && !(supplyShare >= 0 && supplyShare <= 1)) {
            throw new IllegalArgumentException("--supply-share must be between 0 and 1, was " + supplyShare);
        }
    }

    public static TerritoryOptions of(int actors, long seed) {
        return new TerritoryOptions(actors, seed, null);
    }

    public TerritoryOptions withSupplyShare(Double share) {
        return new TerritoryOptions(actors, seed, share);
    }
}
