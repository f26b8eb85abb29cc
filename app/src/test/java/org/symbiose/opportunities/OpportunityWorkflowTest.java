package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * A facilitator works through the proposals of an initiative of the test's own: retains a substitution and
 * a mutualisation group as synergies, dismisses one with a reason (still gone after a rerun), restores it,
 * and is told when the data changed since the run.
 */
class OpportunityWorkflowTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    MatchRuns runs;

    OpportunityTestData data;

    @BeforeEach
    void open() throws Exception {
        data = OpportunityTestData.open(mvc, context);
        mvc.perform(get("/initiatives/" + data.slug + "/opportunities").with(as(data.facilitator)))
                .andExpect(status().isOk());
        OpportunityControllerTest.waitForRun(runs, data.id);
    }

    @AfterEach
    void close() {
        data.close();
    }

    String page(String query) throws Exception {
        return mvc.perform(get("/initiatives/" + data.slug + "/opportunities?" + query)
                        .with(as(data.facilitator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    List<Opportunity> kept(boolean substitutions) {
        return runs.kept(new InitiativeId(data.id)).orElseThrow().opportunities().stream()
                .filter(o -> o.substitution() == substitutions)
                .toList();
    }

    long companyId(String externalId) {
        return jdbc.sql("select id from company where initiative_id = ? and external_id = ?")
                .params(data.id, externalId)
                .query(Long.class)
                .single();
    }

    long flowId(String externalId) {
        return jdbc.sql("select f.id from flow f join company c on c.id = f.company_id "
                        + "where c.initiative_id = ? and f.external_id = ?")
                .params(data.id, externalId)
                .query(Long.class)
                .single();
    }

    void post(String action, Map<String, String> params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/initiatives/" + data.slug + "/opportunities/" + action)
                .with(csrf())
                .with(as(data.facilitator));
        params.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    void rerun() throws Exception {
        post("run", Map.of());
        OpportunityControllerTest.waitForRun(runs, data.id);
    }

    @Test
    void retainingASubstitutionCreatesASynergyWithSupplierReceiverAndFlowsAndTheProposalLeaves() throws Exception {
        Opportunity sawdust = kept(true).stream()
                .filter(o -> ((Substitution) o.candidate()).supplyFlow().equals("f1")
                        && ((Substitution) o.candidate()).demandActor().equals("a2"))
                .findFirst()
                .orElseThrow();
        assertThat(page("kind=substitutions")).contains("data-key=\"" + sawdust.key() + "\"");

        post("retain", Map.of("key", sawdust.key(), "back", "kind=substitutions"));

        var synergy = jdbc.sql(
                        "select id, status, kind, title from synergy where initiative_id = ? and proposal_key = ?")
                .params(data.id, sawdust.key())
                .query()
                .singleRow();
        assertThat(synergy.get("status")).isEqualTo("PERSPECTIVE");
        assertThat(synergy.get("kind")).isEqualTo("SUBSTITUTION");
        assertThat((String) synergy.get("title")).contains("sciure de bois").contains("Menuiserie d'essai");
        long synergyId = ((Number) synergy.get("id")).longValue();
        assertThat(jdbc.sql("select company_id, role from synergy_participant where synergy_id = ?")
                        .param(synergyId)
                        .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2))
                        .list())
                .containsExactlyInAnyOrder(companyId("a1") + ":SUPPLIER", companyId("a2") + ":RECEIVER");
        assertThat(jdbc.sql("select flow_id from synergy_flow where synergy_id = ?")
                        .param(synergyId)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(flowId("f1"), flowId("f2"));
        String after = page("kind=substitutions");
        assertThat(after).doesNotContain("data-key=\"" + sawdust.key() + "\"");
        rerun();
        assertThat(page("kind=substitutions")).doesNotContain("data-key=\"" + sawdust.key() + "\"");
    }

    @Test
    void aMutualisationGroupIsRetainedAsOneSynergyWithAllItsMembers() throws Exception {
        Opportunity pallets = kept(false).stream()
                .filter(o -> ((Mutualisation) o.candidate()).themeId().equals("pallets-collection"))
                .findFirst()
                .orElseThrow();
        post("retain", Map.of("key", pallets.key()));
        long synergyId = jdbc.sql("select id from synergy where initiative_id = ? and proposal_key = ?")
                .params(data.id, pallets.key())
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select company_id, role from synergy_participant where synergy_id = ?")
                        .param(synergyId)
                        .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2))
                        .list())
                .containsExactlyInAnyOrderElementsOf(
                        pallets.companyIds().stream().map(id -> id + ":PARTNER").toList())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(page("kind=mutualisations")).doesNotContain("data-key=\"" + pallets.key() + "\"");
    }

    @Test
    void aDismissedProposalStaysGoneAfterARerunAndComesBackWhenRestored() throws Exception {
        Opportunity dismissed = kept(true).get(0);
        String key = "data-key=\"" + dismissed.key() + "\"";

        post("dismiss", Map.of("key", dismissed.key(), "reason-choice", "OTHER", "reason", ""));
        assertThat(page("kind=dismissed")).as("no reason, nothing recorded").doesNotContain(key);

        post("dismiss", Map.of("key", dismissed.key(), "reason-choice", "TOO_FAR", "reason", "Camion trop cher"));
        assertThat(page("kind=substitutions")).doesNotContain(key);
        rerun();
        assertThat(page("kind=substitutions")).doesNotContain(key);
        assertThat(page("kind=dismissed"))
                .contains(key)
                .contains("Trop éloignée")
                .contains("Camion trop cher")
                .contains(data.facilitator);

        post("restore", Map.of("key", dismissed.key()));
        assertThat(page("kind=substitutions")).contains(key);
        assertThat(page("kind=dismissed")).doesNotContain(key);
    }

    @Test
    void aChangeOfTheDataSinceTheRunIsToldAndARerunClearsIt() throws Exception {
        assertThat(page("")).doesNotContain("Les données ont changé depuis ce calcul");
        // As every write path does (grid, API, import): the version grows, which the page's stamp reads.
        jdbc.sql("update flow set label = 'sciure de pin', version = version + 1 where id = ?")
                .param(flowId("f1"))
                .update();
        assertThat(page("")).contains("Les données ont changé depuis ce calcul").contains("Relancer le calcul");
        rerun();
        assertThat(page("")).doesNotContain("Les données ont changé depuis ce calcul");
    }

    @Test
    void aProposalUnknownToTheLastRunIsRefused() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/initiatives/" + data.slug + "/opportunities/retain")
                        .param("key", "S:f999999:c999999:nothing")
                        .with(csrf())
                        .with(as(data.facilitator)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from synergy where initiative_id = ?")
                        .param(data.id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
