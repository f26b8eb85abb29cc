package org.symbiose.synergies;

import java.time.LocalDate;

/**
 * How a synergy is followed, beside what {@link Synergy} already holds (its status and dates, and the
 * measured quantity, which is {@link Synergy#quantity()}: docs/decisions/0021).
 *
 * @param nextStep what is to be done next, null when nothing is planned
 * @param nextStepOwner who does it (a person, a company, the facilitator), free text
 * @param planned the quantity the participants aim at, null when unknown
 * @param endsOn when the exchange ends or ended (end of a contract), null when open-ended
 * @param version how many times the synergy was written: every write names the version it saw
 */
public record FollowUp(
        String nextStep, String nextStepOwner, SynergyQuantity planned, LocalDate endsOn, String notes, int version) {}
