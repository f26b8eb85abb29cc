package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.symbiose.WebTestBase;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.impacts.FiguresService;

/**
 * What the questionnaire's page tests share: the demo member's company (ADETO's "a1") and its
 * questionnaires, put back as they were after each test (the questionnaires removed, the flows they
 * added deleted), and forms as a browser posts them.
 */
abstract class QuestionnaireTestBase extends WebTestBase {

    static final String MEMBER = "membre.adeto";
    static final String FACILITATOR = "animation.adeto";
    static final String MINE = "/my-company/questionnaire";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionnaireRepository questionnaires;

    @Autowired
    FlowRepository flows;

    @Autowired
    FiguresService figures;

    long company;
    List<Flow> flowsBefore;

    @BeforeEach
    void rememberTheCompany() {
        company = jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = 'adeto' and c.external_id = 'a1'")
                .query(Long.class)
                .single();
        assertThat(questionnaires.findLatest(new CompanyId(company)))
                .as("no questionnaire left by another test")
                .isEmpty();
        flowsBefore = flows.listByCompany(new CompanyId(company));
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        removeQuestionnaires(jdbc, company);
        figures.forgetAll();
        assertThat(flows.listByCompany(new CompanyId(company)))
                .as("the company's flows as before")
                .isEqualTo(flowsBefore);
    }

    /** Deletes a company's questionnaires and the flows their accepted rows became. */
    static void removeQuestionnaires(JdbcClient jdbc, long companyId) {
        jdbc.sql("delete from flow where id in (select r.accepted_flow_id from questionnaire_flow r"
                        + " join questionnaire q on q.id = r.questionnaire_id where q.company_id = ?)")
                .param(companyId)
                .update();
        jdbc.sql("delete from questionnaire where company_id = ?")
                .param(companyId)
                .update();
    }

    /** The fields of a page's form (the first matching the selector) as the browser would post them. */
    MultiValueMap<String, String> form(Document page, String selector) {
        Element form = page.selectFirst(selector);
        assertThat(form).as("form %s", selector).isNotNull();
        var fields = new LinkedMultiValueMap<String, String>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                Element selected = field.selectFirst("option[selected]");
                fields.add(
                        name, selected == null ? field.select("option").first().val() : selected.val());
            } else {
                fields.add(name, field.val());
            }
        }
        return fields;
    }

    /** The member's form as shown now. */
    MultiValueMap<String, String> memberForm() throws Exception {
        return form(page(get(MINE).with(as(MEMBER))), "form.questionnaire-form");
    }

    /** Fills row {@code index} (from 0) with a flow. */
    static void fill(
            MultiValueMap<String, String> form,
            int index,
            String direction,
            String label,
            String quantity,
            String unit) {
        String p = "rows[" + index + "].";
        form.set(p + "direction", direction);
        form.set(p + "label", label);
        form.set(p + "quantity", quantity);
        form.set(p + "unit", unit);
    }

    ResultActions send(String path, String user, MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post(path).params(form).with(csrf()).with(as(user)));
    }

    /** The member fills two flows and sends them; answers the questionnaire's id. */
    long submitTwoFlows() throws Exception {
        MultiValueMap<String, String> form = memberForm();
        fill(form, 0, "OUT", "Copeaux de bois", "1 234,5", "TONNE");
        form.set("rows[0].ewc", "03 01 05");
        fill(form, 1, "IN", "Cartons d'emballage", "", "");
        send(MINE + "/submit", MEMBER, form).andExpect(status().is3xxRedirection());
        Questionnaire sent = questionnaires.findLatest(new CompanyId(company)).orElseThrow();
        assertThat(sent.status()).isEqualTo(QuestionnaireStatus.SUBMITTED);
        return sent.id().value();
    }

    String review(long id) {
        return "/initiatives/adeto/questionnaires/" + id;
    }

    Document page(RequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** Posts a form that is shown again (200) and answers the page. */
    Document shownAgain(String path, String user, MultiValueMap<String, String> form) throws Exception {
        return page(post(path).params(form).with(csrf()).with(as(user)));
    }

    static List<String> summary(Document page) {
        return page.select(".error-summary li").eachText();
    }
}
