package org.symbiose.engine.matching.search;

/**
 * The {@code k} best scores known so far of distinct actors. An actor's proposal as judged now can only
 * improve as other routes to it are met (the precedence of routes depends on the actor alone), so the
 * k-th of these is a floor under the final k-th best: the search may give up on what cannot reach it
 * before the nearer actors are complete.
 */
final class ScoreFloor {
    private final int[] actors;
    private final double[] scores;
    private int size;

    ScoreFloor(int k) {
        actors = new int[k];
        scores = new double[k];
    }

    void raise(int actor, double score) {
        int worst = 0;
        for (int i = 0; i < size; i++) {
            if (actors[i] == actor) {
                scores[i] = Math.max(scores[i], score);
                return;
            }
            if (scores[i] < scores[worst]) {
                worst = i;
            }
        }
        if (size < actors.length) {
            actors[size] = actor;
            scores[size++] = score;
        } else if (score > scores[worst]) {
            actors[worst] = actor;
            scores[worst] = score;
        }
    }

    double threshold() {
        if (size < actors.length) {
            return Double.NEGATIVE_INFINITY;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, scores[i]);
        }
        return min;
    }
}
