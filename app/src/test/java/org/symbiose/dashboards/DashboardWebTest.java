package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard pages, the JSON API and the chart in the experience sheet and its PDF. */
class DashboardWebTest extends WebTestBase {

    static final char NBSP = '\u00a0';

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    DashboardService dashboards;

    @Autowired
    JsonMapper jsonMapper;

    long adeto() {
        return initiatives.getBySlug("adeto").id().value();
    }

    @Test
    void theInitiativesPageShowsFiveChartsEachWithACaptionedTableInFrench() throws Exception {
        Document page = page("/initiatives/adeto/dashboard");

        assertThat(page.select("h1").text()).isEqualTo("Tableau de bord de ADETO");
        assertThat(page.select(".dashboard-block")).hasSize(5);
        for (Element table : page.select("table.dashboard-table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            Element chart = page.selectFirst(".dashboard-chart[data-table=" + table.id() + "]");
            assertThat(chart).as("a chart beside " + table.id()).isNotNull();
        }
        Element statuses = page.getElementById("table-status");
        assertThat(statuses.select("thead th").eachText())
                .containsExactly("Période", "En perspective", "En cours", "Réalisées", "Abandonnées");
        assertThat(statuses.select("tbody tr").last().selectFirst("th").text()).isEqualTo("Aujourd’hui");
        Point now = dashboards.initiative(new InitiativeId(adeto())).current();
        Element tonnes = page.getElementById("table-tonnes").select("tbody tr").last();
        assertThat(tonnes.select("td").first().attr("data-value"))
                .isEqualTo(now.tonnesRealised().toPlainString());
        if (now.tonnesRealised().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0) {
            assertThat(tonnes.select("td").first().text())
                    .as("French digit grouping")
                    .matches("[0-9  ,]+");
            assertThat(tonnes.select("td").first().text()).contains("\u202f");
        }
        assertThat(page.select("script[src]").eachAttr("src")).hasSize(2).last().isEqualTo("/js/dashboard.js");
        assertThat(page.select("script[src]").first().attr("src"))
                .matches("/webjars/d3/(7\\.9\\.0/)?dist/d3\\.min\\.js");
    }

    @Test
    void theNetworkPageIsPublicAndSaysItSumsPublishedInitiatives() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/network/dashboard").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Network dashboard");
        assertThat(page.select(".dashboard-intro").text()).contains("published initiatives");
        assertThat(page.select("table.dashboard-table caption")).hasSize(5);
    }

    @Test
    void theApiGivesTheSameSeriesAsPlainNumbers() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/api/v1/initiatives/" + adeto() + "/dashboard").with(httpBasic("animation.adeto", "demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        assertThat(body).doesNotContain("E+");
        JsonNode json = jsonMapper.readTree(body);
        Dashboard dashboard = dashboards.initiative(new InitiativeId(adeto()));
        assertThat(json.get("initiativeId").asLong()).isEqualTo(adeto());
        assertThat(json.get("stepSize").asString())
                .isEqualTo(dashboard.stepSize().name());
        JsonNode periods = json.get("periods");
        assertThat(periods).hasSize(dashboard.points().size());
        JsonNode last = periods.get(periods.size() - 1);
        assertThat(last.get("current").asBoolean()).isTrue();
        assertThat(last.get("tonnesRealised").isNumber()).isTrue();
        assertThat(last.get("tonnesRealised").decimalValue())
                .isEqualByComparingTo(dashboard.current().tonnesRealised());
        assertThat(last.get("synergiesByStatus").get("REALISED").asLong())
                .isEqualTo(dashboard.current().status(org.symbiose.synergies.SynergyStatus.REALISED));
        assertThat(last.get("companiesEngaged").isIntegralNumber()).isTrue();
        assertThat(periods.get(0).get("period").asString()).matches("\\d{4}(-Q[1-4])?");
    }

    @Test
    void unknownInitiativesAreNotFound() throws Exception {
        for (String id : new String[] {"0", "-3", "987654"}) {
            assertThat(mvc.perform(get("/api/v1/initiatives/" + id + "/dashboard")
                                    .with(httpBasic("reseau", "demo")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(id)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get("/api/v1/initiatives/abc/dashboard").with(httpBasic("reseau", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/initiatives/nope/dashboard").with(as("reseau")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theSheetLinksTheDashboardForItsFacilitatorsOnlyAndShowsTheChart() throws Exception {
        Document facilitator = page("/initiatives/adeto");
        Document anonymous = Jsoup.parse(
                mvc.perform(get("/initiatives/adeto")).andReturn().getResponse().getContentAsString());

        assertThat(facilitator.select("a[href=/initiatives/adeto/dashboard]")).hasSize(1);
        assertThat(anonymous.select("a[href=/initiatives/adeto/dashboard]")).isEmpty();
        assertThat(anonymous.select("#synergy-charts svg.dashboard-static")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(anonymous.select("#synergy-charts svg title").first().text())
                .isEqualTo("Synergies par statut à la fin de chaque période");
        assertThat(anonymous.select("#synergy-charts svg [style]")).isEmpty();
    }

    @Test
    void theSheetPdfDrawsTheChart() throws Exception {
        byte[] pdf = mvc.perform(get("/initiatives/adeto/sheet.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int chartPage = -1;
            for (int i = 0; i < document.getNumberOfPages() && chartPage < 0; i++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                if (stripper.getText(document).contains("Synergies dans le temps")) {
                    chartPage = i;
                }
            }
            assertThat(chartPage).as("the chart's heading is in the PDF").isNotNegative();
            assertThat(fillColours(document, chartPage))
                    .as("the bars are drawn in the statuses' colours, found nowhere else on the sheet")
                    .contains(InitiativeChart.STATUS_COLOURS.get(1), InitiativeChart.STATUS_COLOURS.get(2));
        }
    }

    /** The colours of the page as drawn (rendered at 50 dpi), as #rrggbb. */
    static java.util.Set<String> fillColours(PDDocument document, int page) throws java.io.IOException {
        var image = new PDFRenderer(document).renderImageWithDPI(page, 50, ImageType.RGB);
        var colours = new java.util.HashSet<String>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(String.format("#%06x", image.getRGB(x, y) & 0xffffff));
            }
        }
        return colours;
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as("animation.adeto")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
