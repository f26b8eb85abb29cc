package org.symbiose.synergies;

import java.util.List;

/**
 * A synergy as its card on the board shows it.
 *
 * @param participants the participating companies' names, in the order of their ids
 * @param moves the statuses it may be moved to now (the life cycle's, through {@link Moves})
 */
public record BoardCard(Synergy synergy, FollowUp followUp, List<String> participants, List<SynergyStatus> moves) {

    /** The moves a button makes at once; abandoning asks a reason first. */
    public List<SynergyStatus> directMoves() {
        return moves.stream().filter(m -> m != SynergyStatus.ABANDONED).toList();
    }

    public boolean abandonable() {
        return moves.contains(SynergyStatus.ABANDONED);
    }
}
