package org.symbiose.synergies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * A synergy followed by an initiative. Status changes go through {@link #start}, {@link #realise},
 * {@link #abandon} and {@link #reopen}, which refuse what the life cycle does not allow.
 *
 * @param id null until saved
 * @param quantity exchanged or shared amount in {@code unit} per {@code period}, null when unknown
 * @param unit the quantity's unit, null when there is no quantity
 * @param period what the quantity is counted over (a year for most), null when there is no quantity
 * @param co2AvoidedT tonnes of CO2e avoided per year, null when not measured
 * @param companiesInvolved number of companies involved as declared, null when unknown
 * @param participantIds ids of the participating companies known to the platform
 * @param flowIds ids of the linked flows
 */
public record Synergy(
        SynergyId id,
        InitiativeId initiativeId,
        String ref,
        String title,
        String description,
        SynergyKind kind,
        SynergySubType subType,
        SynergyStatus status,
        LocalDate identifiedOn,
        LocalDate startedOn,
        LocalDate realisedOn,
        LocalDate abandonedOn,
        String abandonReason,
        BigDecimal quantity,
        Unit unit,
        Period period,
        BigDecimal co2AvoidedT,
        Integer companiesInvolved,
        String results,
        List<CompanyId> participantIds,
        List<FlowId> flowIds) {

    public Synergy {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subType, "subType");
        Objects.requireNonNull(status, "status");
        if (status == SynergyStatus.ABANDONED && (abandonReason == null || abandonReason.isBlank())) {
            throw new IllegalArgumentException("an abandoned synergy needs a reason");
        }
        if (quantity != null && (unit == null || period == null)) {
            throw new IllegalArgumentException("a quantity needs its unit and period");
        }
        participantIds = List.copyOf(participantIds);
        flowIds = List.copyOf(flowIds);
    }

    /**
     * The quantity's unit as the sheet and the public API have always written it: "t/an", "m3/an",
     * "MWh/mois", the symbol alone for a one-off amount; null without a quantity.
     */
    public String quantityUnit() {
        if (quantity == null) {
            return null;
        }
        return switch (period) {
            case YEAR -> unit.symbol() + "/an";
            case MONTH -> unit.symbol() + "/mois";
            case WEEK -> unit.symbol() + "/semaine";
            case DAY -> unit.symbol() + "/jour";
            case ONCE -> unit.symbol();
        };
    }

    /** A newly identified synergy, "en perspective". */
    public static Synergy identify(
            InitiativeId initiativeId,
            String ref,
            String title,
            String description,
            SynergyKind kind,
            SynergySubType subType,
            LocalDate on) {
        return new Synergy(
                null,
                initiativeId,
                ref,
                title,
                description,
                kind,
                subType,
                SynergyStatus.PERSPECTIVE,
                on,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
    }

    /** "En perspective" -> "en cours". */
    public Synergy start(LocalDate on) {
        require(SynergyStatus.PERSPECTIVE, SynergyStatus.IN_PROGRESS);
        return with(SynergyStatus.IN_PROGRESS, on, realisedOn, null, null);
    }

    /** "En cours" -> "réalisée". */
    public Synergy realise(LocalDate on) {
        require(SynergyStatus.IN_PROGRESS, SynergyStatus.REALISED);
        return with(SynergyStatus.REALISED, startedOn, on, null, null);
    }

    /** "En perspective" or "en cours" -> "abandonnée", with the reason. */
    public Synergy abandon(LocalDate on, String reason) {
        if (status != SynergyStatus.PERSPECTIVE && status != SynergyStatus.IN_PROGRESS) {
            throw new IllegalTransitionException(status, SynergyStatus.ABANDONED);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("abandoning a synergy needs a reason");
        }
        return with(SynergyStatus.ABANDONED, startedOn, realisedOn, on, reason.strip());
    }

    /** "Abandonnée" -> "en perspective", when the idea comes back. */
    public Synergy reopen() {
        require(SynergyStatus.ABANDONED, SynergyStatus.PERSPECTIVE);
        return with(SynergyStatus.PERSPECTIVE, null, null, null, null);
    }

    /** Records what the synergy achieved: quantity per period, CO2 avoided, free-text results. */
    public Synergy recordResults(
            BigDecimal newQuantity, Unit newUnit, Period newPeriod, BigDecimal newCo2AvoidedT, String newResults) {
        return new Synergy(
                id,
                initiativeId,
                ref,
                title,
                description,
                kind,
                subType,
                status,
                identifiedOn,
                startedOn,
                realisedOn,
                abandonedOn,
                abandonReason,
                newQuantity,
                newUnit,
                newPeriod,
                newCo2AvoidedT,
                companiesInvolved,
                newResults,
                participantIds,
                flowIds);
    }

    public Synergy withParticipants(Integer declaredCount, List<CompanyId> companies, List<FlowId> flows) {
        return new Synergy(
                id,
                initiativeId,
                ref,
                title,
                description,
                kind,
                subType,
                status,
                identifiedOn,
                startedOn,
                realisedOn,
                abandonedOn,
                abandonReason,
                quantity,
                unit,
                period,
                co2AvoidedT,
                declaredCount,
                results,
                companies,
                flows);
    }

    private void require(SynergyStatus expected, SynergyStatus target) {
        if (status != expected) {
            throw new IllegalTransitionException(status, target);
        }
    }

    private Synergy with(
            SynergyStatus newStatus, LocalDate started, LocalDate realised, LocalDate abandoned, String reason) {
        return new Synergy(
                id,
                initiativeId,
                ref,
                title,
                description,
                kind,
                subType,
                newStatus,
                identifiedOn,
                started,
                realised,
                abandoned,
                reason,
                quantity,
                unit,
                period,
                co2AvoidedT,
                companiesInvolved,
                results,
                participantIds,
                flowIds);
    }
}
