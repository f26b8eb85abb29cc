package org.symbiose.synergies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A move on the board as the life cycle of {@link Synergy} allows it: each target status is one of its
 * transitions, so that the board offers, and the server accepts, exactly what the domain accepts.
 */
final class Moves {

    private Moves() {}

    /** The synergy moved to {@code target}; throws {@link IllegalTransitionException} when not allowed. */
    static Synergy apply(Synergy synergy, SynergyStatus target, String reason, LocalDate today) {
        return switch (target) {
            case IN_PROGRESS -> synergy.start(today);
            case REALISED -> synergy.realise(today);
            case ABANDONED -> synergy.abandon(today, reason);
            case PERSPECTIVE -> synergy.reopen();
        };
    }

    /** The statuses the synergy may go to now, in the board's order. */
    static List<SynergyStatus> legal(Synergy synergy) {
        var targets = new ArrayList<SynergyStatus>();
        for (SynergyStatus target : SynergyStatus.values()) {
            try {
                apply(synergy, target, "-", LocalDate.EPOCH);
                targets.add(target);
            } catch (IllegalTransitionException refused) {
                // Not a move the life cycle allows from here: not offered.
            }
        }
        return targets;
    }

    /** The bundle key of the sentence saying why the domain refused a move. */
    static String reason(IllegalTransitionException refused) {
        if (refused.from() == refused.to()) {
            return "synergies.move.same";
        }
        return "synergies.move.illegal." + refused.from().name();
    }
}
