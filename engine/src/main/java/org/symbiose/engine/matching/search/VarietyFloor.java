package org.symbiose.engine.matching.search;

import java.util.Arrays;

/**
 * The bars a supply's search holds receivers to when its places go by {@link Variety}: from the proposals
 * met so far, each as the score its actor is now sure to be offered (see {@link ScoreFloor}), the
 * {@code k}-th best actor, the best score, the {@code k}-th best activity and the best actor of each
 * activity. All only rise as the search goes on, so a receiver below its bar can never take a place.
 * Without variety, every bar is the {@code k}-th best actor.
 */
final class VarietyFloor {
    private ScoreFloor actors = new ScoreFloor(1);
    /** The best score of each activity met, keyed as {@link Variety#countedAs}. */
    private ScoreFloor activities = new ScoreFloor(1);

    private double best;
    /** Cached after each raise: the k-th best actor's score, and the bar of a receiver that may lead its activity. */
    private double kth;

    private double lowest;
    /** By activity number: the best score met and its actor, valid for the activities in {@code touched}. */
    private double[] leaderScore = new double[0];

    private int[] leaderActor = new int[0];
    private boolean[] led = new boolean[0];
    private int[] touched = new int[16];
    private int touchedCount;
    private boolean variety;

    /**
     * Starts a supply's search for {@code k} places among {@code activityCount} numbered activities, with
     * or without {@code variety}.
     */
    VarietyFloor begin(int k, int activityCount, boolean variety) {
        this.variety = variety;
        actors = new ScoreFloor(k);
        kth = Double.NEGATIVE_INFINITY;
        if (!variety) {
            lowest = Double.POSITIVE_INFINITY;
            return this;
        }
        activities = new ScoreFloor(k);
        best = Double.NEGATIVE_INFINITY;
        lowest = Double.NEGATIVE_INFINITY;
        if (led.length < activityCount) {
            leaderScore = new double[activityCount];
            leaderActor = new int[activityCount];
            led = new boolean[activityCount];
        } else {
            for (int t = 0; t < touchedCount; t++) {
                led[touched[t]] = false;
            }
        }
        touchedCount = 0;
        return this;
    }

    /** The actor (of activity number {@code activity}, -1 when none) is now sure to be offered {@code score}. */
    void raise(int actor, int activity, double score) {
        actors.raise(actor, score);
        kth = actors.threshold();
        if (!variety) {
            return;
        }
        best = Math.max(best, score);
        activities.raise(Variety.countedAs(actor, activity), score);
        lowest = Math.max(best - Variety.WINDOW, activities.threshold());
        if (activity < 0) {
            return;
        }
        if (!led[activity]) {
            led[activity] = true;
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, 2 * touchedCount);
            }
            touched[touchedCount++] = activity;
            leaderScore[activity] = score;
            leaderActor[activity] = actor;
        } else if (score > leaderScore[activity]) {
            leaderScore[activity] = score;
            leaderActor[activity] = actor;
        }
    }

    /**
     * The lowest bar of any receiver: below it, a receiver is neither among the {@code k} best of all nor
     * the best of its activity within the window and among the {@code k} best activities.
     */
    double threshold() {
        return Math.min(kth, lowest);
    }

    /** The highest bar of any receiver: a receiver that reaches it is among the {@code k} best of all. */
    double highest() {
        return kth;
    }

    /**
     * The bar of a receiving actor of activity number {@code activity} (-1 when none): higher than
     * {@link #threshold} when another actor of its activity is already sure of more, for then it can only
     * take a place left over, among the {@code k} best of all.
     */
    double threshold(int actor, int activity) {
        if (lowest >= kth || activity < 0 || !led[activity] || leaderActor[activity] == actor) {
            return Math.min(kth, lowest);
        }
        return Math.min(kth, Math.max(lowest, leaderScore[activity]));
    }
}
