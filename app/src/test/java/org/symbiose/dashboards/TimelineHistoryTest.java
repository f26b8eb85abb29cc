package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyChange;
import org.symbiose.synergies.SynergyChange.Field;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyStatus;
import org.symbiose.synergies.SynergySubType;

/** A past point tells what the synergy's recorded history says it was then, not what it is today. */
class TimelineHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static SynergyChange change(String day, Field field, String from, String to) {
        return new SynergyChange(Instant.parse(day + "T10:00:00Z"), "animation.adeto", field, from, to);
    }

    /** The synergy as saved: with an id, so that its history can be found. */
    static Synergy saved(long id, Synergy s) {
        return new Synergy(
                new SynergyId(id),
                s.initiativeId(),
                s.ref(),
                s.title(),
                s.description(),
                s.kind(),
                s.subType(),
                s.status(),
                s.identifiedOn(),
                s.startedOn(),
                s.realisedOn(),
                s.abandonedOn(),
                s.abandonReason(),
                s.quantity(),
                s.unit(),
                s.period(),
                s.co2AvoidedT(),
                s.companiesInvolved(),
                s.results(),
                s.participantIds(),
                s.flowIds());
    }

    @Test
    void aMeasuredQuantityChangedAfterTheSynergyWasRealisedCountsItsOldValueInThePastPoints() {
        Synergy today = saved(
                7,
                Synergy.identify(
                                new InitiativeId(1),
                                null,
                                "Laitier",
                                null,
                                SynergyKind.SUBSTITUTION,
                                SynergySubType.MATERIAL,
                                LocalDate.of(2025, 1, 10))
                        .start(LocalDate.of(2025, 2, 1))
                        .realise(LocalDate.of(2025, 5, 15))
                        .recordResults(new BigDecimal("40"), Unit.TONNE, Period.YEAR, null, null));
        var history = List.of(
                change("2025-01-10", Field.CREATED_BY_HAND, null, null),
                change("2025-02-01", Field.STATUS, "PERSPECTIVE", "IN_PROGRESS"),
                change("2025-05-15", Field.STATUS, "IN_PROGRESS", "REALISED"),
                change("2025-06-20", Field.MEASURED, null, "100 TONNE YEAR"),
                change("2026-03-10", Field.MEASURED, "100 TONNE YEAR", "40 TONNE YEAR"));

        Dashboard dashboard = Timeline.of(
                new Records(List.of(today), List.of(), List.of(), Map.of(new SynergyId(7L), history)), TODAY);

        assertThat(dashboard.points())
                .extracting(p -> p.step().key())
                .containsExactly(
                        "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(dashboard.points())
                .extracting(p -> p.status(SynergyStatus.REALISED))
                .containsExactly(0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(dashboard.points())
                .extracting(p -> p.tonnesRealised().toPlainString())
                .as("nothing measured in Q1, 100 t/an measured from June 2025, 40 t/an since March 2026")
                .containsExactly("0", "100", "100", "100", "40", "40", "40", "40");
        assertThat(dashboard.points())
                .extracting(p -> p.tonnesPotential().toPlainString())
                .containsExactly("0", "100", "100", "100", "40", "40", "40", "40");
    }

    @Test
    void aSynergyAbandonedThenReopenedIsShownAbandonedInThePastThoughItsDatesWereCleared() {
        Synergy today = saved(
                8,
                Synergy.identify(
                        new InitiativeId(1),
                        null,
                        "Palettes",
                        null,
                        SynergyKind.SUBSTITUTION,
                        SynergySubType.MATERIAL,
                        LocalDate.of(2025, 1, 10)));
        var history = List.of(
                change("2025-02-01", Field.STATUS, "PERSPECTIVE", "IN_PROGRESS"),
                change("2025-05-01", Field.STATUS, "IN_PROGRESS", "ABANDONED"),
                change("2026-02-01", Field.STATUS, "ABANDONED", "PERSPECTIVE"));

        Dashboard dashboard = Timeline.of(
                new Records(List.of(today), List.of(), List.of(), Map.of(new SynergyId(8L), history)), TODAY);

        assertThat(dashboard.points())
                .extracting(p -> p.status(SynergyStatus.IN_PROGRESS))
                .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(dashboard.points())
                .extracting(p -> p.status(SynergyStatus.ABANDONED))
                .containsExactly(0L, 1L, 1L, 1L, 0L, 0L, 0L, 0L);
        assertThat(dashboard.points())
                .extracting(p -> p.status(SynergyStatus.PERSPECTIVE))
                .containsExactly(0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L);
    }

    @Test
    void withoutHistoryThePastComesFromTheDatesAndTheQuantityIsTodays() {
        Synergy today = saved(
                9,
                Synergy.identify(
                                new InitiativeId(1),
                                null,
                                "Eau",
                                null,
                                SynergyKind.SUBSTITUTION,
                                SynergySubType.MATERIAL,
                                LocalDate.of(2026, 1, 10))
                        .start(LocalDate.of(2026, 4, 1))
                        .recordResults(new BigDecimal("5"), Unit.TONNE, Period.MONTH, null, null));

        Dashboard dashboard = Timeline.of(new Records(List.of(today), List.of(), List.of()), TODAY);

        assertThat(dashboard.points())
                .extracting(p -> p.status(SynergyStatus.IN_PROGRESS))
                .containsExactly(0L, 1L, 1L, 1L);
        assertThat(dashboard.points())
                .extracting(p -> p.tonnesPotential().toPlainString())
                .containsExactly("60", "60", "60", "60");
    }
}
