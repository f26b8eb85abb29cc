package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyStatus;
import org.symbiose.synergies.SynergySubType;

/** The series computed from dated records, as docs/methodology.md ("Dashboards") defines them. */
class TimelineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static Synergy identified(String title, SynergyKind kind, LocalDate on) {
        return Synergy.identify(new InitiativeId(1), null, title, null, kind, SynergySubType.MATERIAL, on);
    }

    static Synergy withTonnes(Synergy s, String value, Unit unit, Period period, String co2) {
        return s.recordResults(new BigDecimal(value), unit, period, co2 == null ? null : new BigDecimal(co2), null);
    }

    @Test
    void synergiesAreCountedInTheStatusTheyHadAtTheEndOfEachQuarter() {
        Synergy realised = identified("Palettes", SynergyKind.SUBSTITUTION, LocalDate.of(2025, 1, 10))
                .start(LocalDate.of(2025, 5, 2))
                .realise(LocalDate.of(2025, 11, 20));
        Synergy perspective = identified("Achats de cartons", SynergyKind.MUTUALISATION, LocalDate.of(2025, 8, 1));

        Dashboard dashboard = Timeline.of(new Records(List.of(realised, perspective), List.of(), List.of()), TODAY);

        assertThat(dashboard.stepSize()).isEqualTo(StepSize.QUARTER);
        assertThat(dashboard.points())
                .extracting(p -> p.step().key())
                .containsExactly(
                        "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(dashboard.points().get(0).byStatus())
                .containsEntry(SynergyStatus.PERSPECTIVE, 1L)
                .containsEntry(SynergyStatus.IN_PROGRESS, 0L);
        assertThat(dashboard.points().get(1).byStatus())
                .containsEntry(SynergyStatus.PERSPECTIVE, 0L)
                .containsEntry(SynergyStatus.IN_PROGRESS, 1L);
        assertThat(dashboard.points().get(2).byStatus())
                .containsEntry(SynergyStatus.PERSPECTIVE, 1L)
                .containsEntry(SynergyStatus.IN_PROGRESS, 1L)
                .containsEntry(SynergyStatus.REALISED, 0L);
        assertThat(dashboard.points().get(3).byStatus())
                .containsEntry(SynergyStatus.PERSPECTIVE, 1L)
                .containsEntry(SynergyStatus.REALISED, 1L);
        assertThat(dashboard.points().get(2).byKind())
                .containsEntry(SynergyKind.SUBSTITUTION, 1L)
                .containsEntry(SynergyKind.MUTUALISATION, 1L);
        assertThat(dashboard.points().get(0).kind(SynergyKind.MUTUALISATION)).isZero();
    }

    @Test
    void tonnesAreConvertedToAYearAndRealisedIsCountedAgainstThePotential() {
        Synergy slag = withTonnes(
                identified("Laitier", SynergyKind.SUBSTITUTION, LocalDate.of(2025, 1, 10))
                        .start(LocalDate.of(2025, 2, 1))
                        .realise(LocalDate.of(2025, 6, 1)),
                "16",
                Unit.KILOTONNE,
                Period.YEAR,
                "200");
        Synergy pallets = withTonnes(
                identified("Palettes", SynergyKind.SUBSTITUTION, LocalDate.of(2025, 4, 10))
                        .start(LocalDate.of(2025, 5, 1)),
                "2",
                Unit.TONNE,
                Period.MONTH,
                "3.5");
        Synergy water = withTonnes(
                identified("Eau", SynergyKind.SUBSTITUTION, LocalDate.of(2025, 4, 10)),
                "500",
                Unit.CUBIC_METRE,
                Period.YEAR,
                null);
        Synergy abandoned = withTonnes(
                        identified("Bois", SynergyKind.SUBSTITUTION, LocalDate.of(2025, 1, 10)),
                        "7",
                        Unit.TONNE,
                        Period.ONCE,
                        null)
                .abandon(LocalDate.of(2025, 9, 1), "plus de gisement");

        Dashboard dashboard =
                Timeline.of(new Records(List.of(slag, pallets, water, abandoned), List.of(), List.of()), TODAY);

        Point q1 = dashboard.points().get(0);
        assertThat(q1.tonnesRealised()).isEqualByComparingTo("0");
        assertThat(q1.tonnesPotential()).isEqualByComparingTo("16007");
        Point q2 = dashboard.points().get(1);
        assertThat(q2.tonnesRealised()).isEqualByComparingTo("16000");
        assertThat(q2.co2Realised()).isEqualByComparingTo("200");
        assertThat(q2.tonnesPotential()).isEqualByComparingTo("16031");
        assertThat(q2.co2Potential()).isEqualByComparingTo("203.5");
        Point now = dashboard.current();
        assertThat(now.tonnesRealised()).isEqualByComparingTo("16000");
        assertThat(now.tonnesPotential()).as("abandoned: no longer potential").isEqualByComparingTo("16024");
        assertThat(now.tonnesPotential().toString())
                .as("a plain number for the JSON")
                .isEqualTo("16024");
        assertThat(now.byStatus()).containsEntry(SynergyStatus.ABANDONED, 1L);
    }

    @Test
    void diagnosticsAndCompaniesEngagedAccumulateFromTheirFirstDate() {
        Synergy shared = identified("Collecte", SynergyKind.MUTUALISATION, LocalDate.of(2026, 2, 1))
                .withParticipants(null, List.of(new CompanyId(10L), new CompanyId(11L)), List.of());
        var diagnostics = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 9));
        var engagements = List.of(
                new Engagement(new CompanyId(10L), LocalDate.of(2026, 1, 5)),
                new Engagement(new CompanyId(12L), LocalDate.of(2026, 4, 5)),
                new Engagement(new CompanyId(12L), LocalDate.of(2026, 4, 9)),
                new Engagement(new CompanyId(13L), null));

        Dashboard dashboard = Timeline.of(new Records(List.of(shared), diagnostics, engagements), TODAY);

        assertThat(dashboard.points()).extracting(Point::diagnostics).containsExactly(1L, 3L, 3L, 3L);
        assertThat(dashboard.points())
                .extracting(Point::companiesEngaged)
                .as("10 in Q1 (diagnostic then synergy), 11 in Q1 (synergy), 12 in Q2, 13 undated: today only")
                .containsExactly(2L, 3L, 3L, 4L);
    }

    @Test
    void aSynergyWithoutDatesCountsOnlyTodayAndAMissingStageDateTakesThePreviousOne() {
        Synergy undated = new Synergy(
                null,
                new InitiativeId(1),
                null,
                "Sans date",
                null,
                SynergyKind.SUBSTITUTION,
                SynergySubType.MATERIAL,
                SynergyStatus.REALISED,
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
                null,
                List.of(),
                List.of());
        Synergy noRealisationDate = new Synergy(
                null,
                new InitiativeId(1),
                null,
                "Réalisée sans date",
                null,
                SynergyKind.SUBSTITUTION,
                SynergySubType.MATERIAL,
                SynergyStatus.REALISED,
                LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 5, 3),
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

        Dashboard dashboard =
                Timeline.of(new Records(List.of(undated, noRealisationDate), List.of(), List.of()), TODAY);

        assertThat(dashboard.points())
                .extracting(p -> p.status(SynergyStatus.REALISED))
                .containsExactly(0L, 1L, 1L, 2L);
        assertThat(dashboard.points()).extracting(Point::synergies).containsExactly(1L, 1L, 1L, 2L);
    }

    @Test
    void recordsOverMoreThanFiveYearsAreShownByYearAndTheEmptyDashboardIsToday() {
        Synergy old = identified("Ancienne", SynergyKind.SUBSTITUTION, LocalDate.of(2015, 3, 1));

        Dashboard byYear = Timeline.of(new Records(List.of(old), List.of(), List.of()), TODAY);
        Dashboard empty = Timeline.of(Records.NONE, TODAY);

        assertThat(byYear.stepSize()).isEqualTo(StepSize.YEAR);
        assertThat(byYear.points()).hasSize(12);
        assertThat(byYear.points().get(0).step().key()).isEqualTo("2015");
        assertThat(empty.points()).hasSize(1);
        assertThat(empty.current().synergies()).isZero();
        assertThat(empty.hasSynergies()).isFalse();
    }
}
