package org.symbiose.synergies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.SynergyId;

/** Writes the history rows of a synergy's changes: one per field that changed, with who and when. */
@Component
class SynergyHistory {

    private final SynergyChanges changes;
    private final Clock clock;

    SynergyHistory(SynergyChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    void created(SynergyId synergyId, String actor, boolean fromProposal) {
        changes.record(
                synergyId,
                actor,
                clock.instant(),
                fromProposal ? SynergyChange.Field.CREATED_FROM_PROPOSAL : SynergyChange.Field.CREATED_BY_HAND,
                null,
                null);
    }

    void moved(Synergy before, Synergy after, String actor) {
        var at = clock.instant();
        changes.record(
                before.id(),
                actor,
                at,
                SynergyChange.Field.STATUS,
                before.status().name(),
                after.status().name());
        if (after.abandonReason() != null) {
            changes.record(before.id(), actor, at, SynergyChange.Field.ABANDON_REASON, null, after.abandonReason());
        }
    }

    void edited(SynergyId synergyId, SynergyEdit before, SynergyEdit after, String actor) {
        var at = clock.instant();
        record(synergyId, actor, at, SynergyChange.Field.TITLE, before.title(), after.title());
        record(synergyId, actor, at, SynergyChange.Field.DESCRIPTION, before.description(), after.description());
        record(synergyId, actor, at, SynergyChange.Field.NEXT_STEP, before.nextStep(), after.nextStep());
        record(
                synergyId,
                actor,
                at,
                SynergyChange.Field.NEXT_STEP_OWNER,
                before.nextStepOwner(),
                after.nextStepOwner());
        record(synergyId, actor, at, SynergyChange.Field.PLANNED, text(before.planned()), text(after.planned()));
        record(synergyId, actor, at, SynergyChange.Field.MEASURED, text(before.measured()), text(after.measured()));
        record(synergyId, actor, at, SynergyChange.Field.STARTED_ON, text(before.startedOn()), text(after.startedOn()));
        record(synergyId, actor, at, SynergyChange.Field.ENDS_ON, text(before.endsOn()), text(after.endsOn()));
        record(synergyId, actor, at, SynergyChange.Field.NOTES, before.notes(), after.notes());
    }

    /** A company added ({@code from} null), removed ({@code to} null) or given another role. */
    void participant(SynergyId synergyId, CompanyId companyId, ParticipantRole from, ParticipantRole to, String actor) {
        changes.record(
                synergyId,
                actor,
                clock.instant(),
                SynergyChange.Field.PARTICIPANT,
                from == null ? null : companyId + " " + from.name(),
                to == null ? null : companyId + " " + to.name());
    }

    /** A flow attached to the synergy or detached from it, named as it was then (a flow may be deleted later). */
    void flow(SynergyId synergyId, org.symbiose.flows.Flow flow, boolean attached, String actor) {
        String named = flow.id() + " " + flow.label();
        changes.record(
                synergyId,
                actor,
                clock.instant(),
                SynergyChange.Field.FLOW,
                attached ? null : named,
                attached ? named : null);
    }

    List<SynergyChange> of(SynergyId synergyId) {
        return changes.of(synergyId);
    }

    private void record(
            SynergyId synergyId,
            String actor,
            java.time.Instant at,
            SynergyChange.Field field,
            String from,
            String to) {
        if (!Objects.equals(from, to)) {
            changes.record(synergyId, actor, at, field, from, to);
        }
    }

    /** "12.5 TONNE YEAR": the value without trailing zeros, the unit and period by name. */
    static String text(SynergyQuantity quantity) {
        return quantity == null
                ? null
                : quantity.value().stripTrailingZeros().toPlainString() + " "
                        + quantity.unit().name() + " " + quantity.period().name();
    }

    static SynergyQuantity quantity(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(" ");
        return new SynergyQuantity(
                new java.math.BigDecimal(parts[0]),
                org.symbiose.engine.quantity.Unit.valueOf(parts[1]),
                org.symbiose.engine.quantity.Period.valueOf(parts[2]));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
