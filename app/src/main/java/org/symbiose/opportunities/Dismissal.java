package org.symbiose.opportunities;

import java.time.Instant;
import org.symbiose.ids.InitiativeId;

/**
 * A proposal set aside by a facilitator: not offered again in the initiative until it is restored.
 *
 * @param proposalKey the proposal's stable key ({@link ProposalKeys})
 * @param summary what was dismissed, in words, for the list of dismissed proposals
 * @param reason the facilitator's words, null when the code says it all
 * @param by the account's user name
 */
record Dismissal(
        InitiativeId initiativeId,
        String proposalKey,
        String summary,
        DismissalReason reasonCode,
        String reason,
        String by,
        Instant at) {

    static final java.time.ZoneId FRANCE = java.time.ZoneId.of("Europe/Paris");

    /** The day it was dismissed, in France. */
    public java.time.LocalDate day() {
        return java.time.LocalDate.ofInstant(at, FRANCE);
    }
}
