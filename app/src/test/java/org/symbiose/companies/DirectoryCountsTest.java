package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;
import org.symbiose.engine.flow.Direction;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/** The directory's supplies and needs columns count each company's flows as the database holds them. */
class DirectoryCountsTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    FlowRepository flows;

    @Test
    void everyRowCountsItsCompanysSuppliesAndNeeds() throws Exception {
        long adeto = initiatives.getBySlug("adeto").id().value();
        Map<String, Map<Direction, Long>> expected = flows.listByInitiative(new InitiativeId(adeto)).stream()
                .collect(Collectors.groupingBy(
                        flow -> Long.toString(flow.companyId().value()),
                        Collectors.groupingBy(Flow::direction, Collectors.counting())));
        Document page =
                Jsoup.parse(mvc.perform(get("/companies?initiative=adeto").with(as("animation.adeto")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        var rows = page.select("#companies tbody tr");
        assertThat(rows).hasSizeGreaterThan(10);
        for (Element row : rows) {
            String id = row.selectFirst("td a").attr("href").replace("/companies/", "");
            Map<Direction, Long> counts = expected.getOrDefault(id, Map.of());
            assertThat(row.select("td").get(5).text())
                    .as("supplies of company %s", id)
                    .isEqualTo(Long.toString(counts.getOrDefault(Direction.OUT, 0L)));
            assertThat(row.select("td").get(6).text())
                    .as("needs of company %s", id)
                    .isEqualTo(Long.toString(counts.getOrDefault(Direction.IN, 0L)));
        }
        assertThat(expected.values().stream()
                        .mapToLong(m -> m.getOrDefault(Direction.OUT, 0L))
                        .sum())
                .isPositive();
    }
}
