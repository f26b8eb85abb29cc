package org.symbiose.engine.matching;

/**
 * The rule of the score's third part (weight {@link SubstitutionRules#WEIGHT_DISTANCE}): 1 at the door,
 * falling linearly to 0 at the distance limit. Within its limit a resource can travel, so distance orders
 * receivers without ruling out the far ones (ruling out is {@link PairGate#WITHIN_REACH}'s).
 */
public final class Nearness {

    private Nearness() {}

    /** The value for two places {@code distanceKm} apart. */
    public static double of(double distanceKm, double limitKm) {
        if (limitKm <= 0) {
            return 1;
        }
        double ratio = Math.min(1, distanceKm / limitKm);
        return 1 - ratio;
    }

    /**
     * The bound for every receiver at {@code minDistanceKm} or farther: the value there, since it only
     * falls with distance. The search walks rings outwards and asks this of each ring's nearest edge.
     */
    public static double bound(double minDistanceKm, double limitKm) {
        return of(minDistanceKm, limitKm);
    }
}
