package org.symbiose.synergies;

import java.util.ArrayList;
import java.util.List;

/**
 * What participants a synergy's kind needs: a substitution, a company that gives and one that takes; a
 * mutualisation, two companies that share; any synergy, one company. A change of participants (removal
 * or new role) is refused when it takes away a need the synergy met before, so that a synergy created by
 * hand with one company (others were not on the platform yet) can still be completed, never emptied.
 */
enum ParticipantNeeds {
    ONE_COMPANY,
    A_SUPPLIER,
    A_RECEIVER,
    TWO_COMPANIES;

    /** The bundle key of the sentence saying why the change was refused. */
    String messageKey() {
        return "synergies.participants.needs." + name();
    }

    /** The needs of {@code kind} that these participants do not meet. */
    static List<ParticipantNeeds> missing(SynergyKind kind, List<SynergyParticipant> participants) {
        var missing = new ArrayList<ParticipantNeeds>();
        if (participants.isEmpty()) {
            missing.add(ONE_COMPANY);
        }
        if (kind == SynergyKind.SUBSTITUTION) {
            if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.SUPPLIER)) {
                missing.add(A_SUPPLIER);
            }
            if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.RECEIVER)) {
                missing.add(A_RECEIVER);
            }
        } else if (participants.size() < 2) {
            missing.add(TWO_COMPANIES);
        }
        return missing;
    }

    /** The first need the change from {@code before} to {@code after} takes away, or null when none. */
    static ParticipantNeeds lost(SynergyKind kind, List<SynergyParticipant> before, List<SynergyParticipant> after) {
        List<ParticipantNeeds> already = missing(kind, before);
        return missing(kind, after).stream()
                .filter(need -> !already.contains(need))
                .findFirst()
                .orElse(null);
    }
}
