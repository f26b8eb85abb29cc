package org.symbiose.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symbiose.companies.Company;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Dimension;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** How releases become one Sankey per dimension: conversions, grouping, what is counted apart. */
class SankeyBuilderTest {

    static final SankeyBuilder BUILDER =
            new SankeyBuilder(c -> "Autres — " + Sectors.section(c.naf()).orElse("?"));

    static Company company(long id, String name, String naf) {
        return new Company(
                new CompanyId(id), new InitiativeId(1), null, name, null, naf, null, null, null, false, List.of());
    }

    static Release release(Company c, String family, BigDecimal q, Unit unit, Period period) {
        return new Release(c, family, "Destination non précisée", q, unit, period);
    }

    @Test
    void kilogramsPerMonthBecomeTonnesPerYearAndAddUpByFamily() {
        Company menuiserie = company(1, "Menuiserie", "16.23Z");
        List<Release> releases = List.of(
                release(menuiserie, "Bois", new BigDecimal("500"), Unit.KILOGRAM, Period.MONTH),
                release(menuiserie, "Bois", new BigDecimal("2"), Unit.TONNE, Period.YEAR),
                release(menuiserie, "Bois", new BigDecimal("1"), Unit.KILOTONNE, Period.ONCE));

        SankeyDiagram mass = BUILDER.diagram(releases, Dimension.MASS);

        // 500 kg a month = 6 t a year; + 2 t; + 1 kt once, counted in full for its year.
        assertThat(mass.total()).isCloseTo(1008.0, within(1e-9));
        assertThat(mass.unit()).isEqualTo("t");
        assertThat(mass.flows()).isEqualTo(3);
        assertThat(links(mass))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Menuiserie → Bois", 1008.0,
                        "Bois → Destination non précisée", 1008.0));
    }

    @Test
    void energyAndVolumeHaveTheirOwnDiagramsInMwhAndCubicMetres() {
        Company usine = company(2, "Usine", "20.14Z");
        List<Release> releases = List.of(
                release(usine, "Chaleur", new BigDecimal("1000"), Unit.KILOWATT_HOUR, Period.WEEK),
                release(usine, "Chaleur", new BigDecimal("36"), Unit.GIGAJOULE, Period.YEAR),
                release(usine, "Eau", new BigDecimal("500"), Unit.LITRE, Period.DAY),
                release(usine, "Laitier", new BigDecimal("3"), Unit.TONNE, Period.YEAR));

        SankeyDiagram energy = BUILDER.diagram(releases, Dimension.ENERGY);
        SankeyDiagram volume = BUILDER.diagram(releases, Dimension.VOLUME);
        SankeyDiagram mass = BUILDER.diagram(releases, Dimension.MASS);

        // 1 MWh a week = 52 MWh; 36 GJ = 10 MWh.
        assertThat(energy.total()).isCloseTo(62.0, within(1e-9));
        assertThat(energy.unit()).isEqualTo("MWh");
        // 0.5 m3 a day = 182.5 m3 a year.
        assertThat(volume.total()).isCloseTo(182.5, within(1e-9));
        assertThat(volume.unit()).isEqualTo("m3");
        assertThat(mass.total()).isCloseTo(3.0, within(1e-9));
        assertThat(energy.nodes()).extracting(SankeyDiagram.Node::name).doesNotContain("Eau", "Laitier");
    }

    @Test
    void flowsWithoutQuantityOrOfAnotherDimensionAreCountedApartNeverAdded() {
        Company c = company(3, "Logisticien", "52.10B");
        List<Release> releases = List.of(
                release(c, "Palettes", null, null, null),
                release(c, "Palettes", new BigDecimal("200"), Unit.PALLET, Period.MONTH),
                release(c, "Cartons", new BigDecimal("4"), Unit.TONNE, Period.YEAR));

        SankeyBuilder.Apart apart = SankeyBuilder.apart(releases);
        SankeyDiagram mass = BUILDER.diagram(releases, Dimension.MASS);

        assertThat(apart.withoutQuantity()).isEqualTo(1);
        assertThat(apart.otherDimension()).isEqualTo(1);
        assertThat(mass.total()).isEqualTo(4.0);
        assertThat(mass.flows()).isEqualTo(1);
        assertThat(mass.nodes()).extracting(SankeyDiagram.Node::name).doesNotContain("Palettes");
    }

    @Test
    void theTenLargestCompaniesKeepTheirNodeTheOthersAreGroupedBySector() {
        List<Release> releases = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            // Companies 1..14 release i tonnes; 11..14 are the largest.
            String naf = i <= 2 ? "46.90Z" : "25.62A";
            releases.add(release(
                    company(i, "Entreprise " + i, naf), "Métaux", BigDecimal.valueOf(i), Unit.TONNE, Period.YEAR));
        }

        SankeyDiagram mass = BUILDER.diagram(releases, Dimension.MASS);

        List<String> sources = mass.nodes().stream()
                .filter(n -> n.level() == 0)
                .map(SankeyDiagram.Node::name)
                .toList();
        assertThat(sources)
                .hasSize(SankeyBuilder.TOP_COMPANIES + 2)
                .contains("Entreprise 14", "Entreprise 5", "Autres — G", "Autres — C")
                .doesNotContain("Entreprise 4", "Entreprise 1");
        Map<String, Double> links = links(mass);
        assertThat(links.get("Autres — G → Métaux")).isEqualTo(3.0);
        assertThat(links.get("Autres — C → Métaux")).isEqualTo(7.0);
        assertThat(mass.total()).isEqualTo(105.0);
    }

    @Test
    void flowsAreReadAsTheirRootResourceFamily() {
        FlowFamilies families = new FlowFamilies();
        Flow pallets = new Flow(
                null,
                new CompanyId(1),
                null,
                Direction.OUT,
                "palettes bois cassées",
                FlowCategory.WASTE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Flow gibberish = new Flow(
                null,
                new CompanyId(1),
                null,
                Direction.OUT,
                "xqzw plorf",
                FlowCategory.WASTE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(families.rootFamily(pallets)).get().extracting(f -> f.id()).isEqualTo("wood");
        assertThat(families.rootFamily(gibberish)).isEmpty();
    }

    @Test
    void theCsvIsForFrenchSpreadsheetsWithABomSemicolonsAndDecimalCommas() {
        Company c = company(4, "Scierie; du \"Var\"", "16.10A");
        SankeyDiagram mass = BUILDER.diagram(
                List.of(release(c, "Bois", new BigDecimal("1234.5678"), Unit.TONNE, Period.YEAR)), Dimension.MASS);

        String csv = new String(MetabolismCsv.of(mass), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsource;target;value;unit\r\n");
        assertThat(csv).contains("\"Scierie; du \"\"Var\"\"\";Bois;1234,568;t/an\r\n");
        assertThat(csv).contains("Bois;Destination non précisée;1234,568;t/an\r\n");
    }

    static Map<String, Double> links(SankeyDiagram d) {
        return d.links().stream()
                .collect(Collectors.toMap(
                        l -> d.name(l.source()) + " → " + d.name(l.target()),
                        l -> BigDecimal.valueOf(l.value())
                                .setScale(6, RoundingMode.HALF_UP)
                                .doubleValue()));
    }
}
