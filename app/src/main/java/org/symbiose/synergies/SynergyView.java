package org.symbiose.synergies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * A synergy as the API answers it: numbers as plain JSON numbers (120, never 1.2E+2), dates as
 * 2024-03-12, units and periods by their engine names. {@code version} is what a PUT or a status move
 * must send back.
 */
record SynergyView(
        SynergyId id,
        InitiativeId initiativeId,
        String title,
        String description,
        SynergyKind kind,
        SynergySubType subType,
        SynergyStatus status,
        List<SynergyStatus> legalMoves,
        int version,
        List<SynergyParticipant> participants,
        List<FlowId> flowIds,
        QuantityView planned,
        QuantityView measured,
        BigDecimal co2AvoidedT,
        LocalDate identifiedOn,
        LocalDate startedOn,
        LocalDate realisedOn,
        LocalDate abandonedOn,
        String abandonReason,
        LocalDate endsOn,
        String nextStep,
        String nextStepOwner,
        String notes) {

    /** So much of an engine unit per period. */
    record QuantityView(BigDecimal value, String unit, String period) {

        static QuantityView of(SynergyQuantity quantity) {
            return quantity == null
                    ? null
                    : new QuantityView(
                            plain(quantity.value()),
                            quantity.unit().name(),
                            quantity.period().name());
        }
    }

    static SynergyView of(Synergy s, FollowUp f, List<SynergyParticipant> participants, List<SynergyStatus> moves) {
        return new SynergyView(
                s.id(),
                s.initiativeId(),
                s.title(),
                s.description(),
                s.kind(),
                s.subType(),
                s.status(),
                moves,
                f.version(),
                participants,
                s.flowIds(),
                QuantityView.of(f.planned()),
                QuantityView.of(SynergyEdit.measured(s)),
                plain(s.co2AvoidedT()),
                s.identifiedOn(),
                s.startedOn(),
                s.realisedOn(),
                s.abandonedOn(),
                s.abandonReason(),
                f.endsOn(),
                f.nextStep(),
                f.nextStepOwner(),
                f.notes());
    }

    /** Without trailing zeros and never in exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
