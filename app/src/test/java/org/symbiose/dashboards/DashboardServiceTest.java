package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.ComputedFigures;
import org.symbiose.impacts.FiguresService;
import org.symbiose.impacts.Metric;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.synergies.SynergyStatus;

/**
 * On the demo data: each initiative's current point is the sheet's computed figures, and the network
 * adds up the published initiatives only.
 */
class DashboardServiceTest extends WebTestBase {

    @Autowired
    DashboardService dashboards;

    @Autowired
    FiguresService figures;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCurrentPointOfEveryPublishedInitiativeIsItsComputedFigures() {
        List<Initiative> published = initiatives.listPublished();
        assertThat(published).isNotEmpty();
        for (Initiative initiative : published) {
            long id = initiative.id().value();
            Point now = dashboards.initiative(new InitiativeId(id)).current();
            ComputedFigures computed = figures.compute(new InitiativeId(id));
            assertThat(BigDecimal.valueOf(now.synergies()))
                    .as(initiative.slug())
                    .isEqualByComparingTo(computed.get(Metric.SYNERGIES_IDENTIFIED));
            assertThat(BigDecimal.valueOf(now.status(SynergyStatus.REALISED)))
                    .isEqualByComparingTo(computed.get(Metric.SYNERGIES_REALISED));
            assertThat(BigDecimal.valueOf(now.status(SynergyStatus.IN_PROGRESS)))
                    .isEqualByComparingTo(computed.get(Metric.SYNERGIES_IN_PROGRESS));
            assertThat(now.tonnesRealised()).isEqualByComparingTo(computed.get(Metric.TONNES_VALORISED));
            assertThat(now.co2Realised()).isEqualByComparingTo(computed.get(Metric.CO2_AVOIDED_T));
            assertThat(BigDecimal.valueOf(now.diagnostics())).isEqualByComparingTo(computed.get(Metric.DIAGNOSTICS));
            assertThat(BigDecimal.valueOf(now.companiesEngaged()))
                    .isEqualByComparingTo(computed.get(Metric.COMPANIES_ENGAGED));
            assertThat(now.tonnesPotential()).isGreaterThanOrEqualTo(now.tonnesRealised());
        }
    }

    @Test
    void theNetworkAddsUpThePublishedInitiativesAndDropsOneThatIsUnpublished() {
        Point network = dashboards.network().current();
        Point adeto = dashboards.initiative(initiatives.getBySlug("adeto").id()).current();
        assertThat(adeto.synergies()).as("ADETO records synergies").isPositive();
        assertThat(network.synergies()).isEqualTo(sum(initiatives.listPublished(), Point::synergies));
        assertThat(network.companiesEngaged()).isEqualTo(sum(initiatives.listPublished(), Point::companiesEngaged));
        assertThat(network.tonnesRealised())
                .isEqualByComparingTo(initiatives.listPublished().stream()
                        .map(i -> dashboards.initiative(i.id()).current().tonnesRealised())
                        .reduce(BigDecimal.ZERO, BigDecimal::add));

        jdbc.sql("update initiative set published = false where slug = 'adeto'").update();
        initiatives.forgetCached();
        try {
            Point without = dashboards.network().current();
            assertThat(without.synergies()).isEqualTo(network.synergies() - adeto.synergies());
            assertThat(without.status(SynergyStatus.REALISED))
                    .isEqualTo(network.status(SynergyStatus.REALISED) - adeto.status(SynergyStatus.REALISED));
            assertThat(without.tonnesPotential())
                    .isEqualByComparingTo(network.tonnesPotential().subtract(adeto.tonnesPotential()));
            assertThat(without.diagnostics()).isEqualTo(network.diagnostics() - adeto.diagnostics());
        } finally {
            jdbc.sql("update initiative set published = true where slug = 'adeto'")
                    .update();
            initiatives.forgetCached();
        }
    }

    long sum(List<Initiative> list, java.util.function.ToLongFunction<Point> figure) {
        return list.stream()
                .mapToLong(i -> figure.applyAsLong(dashboards.initiative(i.id()).current()))
                .sum();
    }
}
