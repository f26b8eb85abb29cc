package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.QuestionnaireId;
import org.symbiose.impacts.FiguresService;

/**
 * Every questionnaire endpoint as every role: anonymous visitors are sent to the login page; only a
 * company's members fill its questionnaire, each their own company's and never another's; only the
 * initiative's facilitators review; the coordinator, the other initiative's facilitators and members
 * get 403.
 */
class QuestionnaireAccessTest extends WebTestBase {

    static final int OK = 200;
    static final int REDIRECT = 302;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final String MINE = "/my-company/questionnaire";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionnaireRepository questionnaires;

    @Autowired
    CompanyRepository companies;

    @Autowired
    FiguresService figures;

    long a1;
    long a2;

    /** The member is the demo's, of ADETO's a1; the other member is one of a2, created here. */
    SixRoles roles;

    record Rule(Who who, String method, String path, int status) {}

    long company(String externalId) {
        return jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = 'adeto' and c.external_id = ?")
                .param(externalId)
                .query(Long.class)
                .single();
    }

    @BeforeEach
    void createAMemberOfAnotherAdetoCompany() {
        a1 = company("a1");
        a2 = company("a2");
        roles = SixRoles.of(context).member("membre.adeto").otherMemberOf(a2).build();
    }

    @AfterEach
    void removeTheAccountAndQuestionnaires() {
        QuestionnaireTestBase.removeQuestionnaires(jdbc, a1);
        QuestionnaireTestBase.removeQuestionnaires(jdbc, a2);
        figures.forgetAll();
        roles.close();
    }

    MockHttpServletResponse ask(Who who, String method, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                method.equals("GET") ? get(path) : post(path).with(csrf());
        fields.forEach(request::param);
        request.with(roles.page(who));
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A row and the version of a new questionnaire. */
    static Map<String, String> row(String label) {
        return Map.of("version", "0", "rows[0].direction", "OUT", "rows[0].label", label);
    }

    /** A questionnaire sent by a company's member; answers its id. */
    long sent(Who member, long companyId, String label) throws Exception {
        assertThat(ask(member, "POST", MINE + "/submit", row(label)).getStatus())
                .isEqualTo(REDIRECT);
        return questionnaires
                .findLatest(new CompanyId(companyId))
                .orElseThrow()
                .id()
                .value();
    }

    List<String> check(List<Rule> rules, Map<String, String> fields) throws Exception {
        List<String> broken = new ArrayList<>();
        for (Rule rule : rules) {
            MockHttpServletResponse response = ask(rule.who(), rule.method(), rule.path(), fields);
            if (response.getStatus() != rule.status()) {
                broken.add(rule + " answered " + response.getStatus());
            } else if (rule.status() == REDIRECT
                    && rule.who() == Who.ANONYMOUS
                    && !String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
                broken.add(rule + " sent to " + response.getRedirectedUrl());
            }
        }
        return broken;
    }

    @Test
    void onlyACompanysMembersFillItsQuestionnaireEachTheirOwn() throws Exception {
        List<Rule> refused = new ArrayList<>();
        for (String path : List.of(MINE, MINE + "/submit", MINE + "/rows")) {
            refused.add(new Rule(Who.ANONYMOUS, "POST", path, REDIRECT));
            for (Who who : List.of(Who.COORDINATOR, Who.FACILITATOR, Who.OTHER_FACILITATOR)) {
                refused.add(new Rule(who, "POST", path, FORBIDDEN));
            }
        }
        refused.add(new Rule(Who.ANONYMOUS, "GET", MINE, REDIRECT));
        for (Who who : List.of(Who.COORDINATOR, Who.FACILITATOR, Who.OTHER_FACILITATOR)) {
            refused.add(new Rule(who, "GET", MINE, FORBIDDEN));
        }
        assertThat(check(refused, row("Refusé"))).isEmpty();
        assertThat(questionnaires.findLatest(new CompanyId(a1))).isEmpty();
        assertThat(questionnaires.findLatest(new CompanyId(a2))).isEmpty();

        assertThat(check(
                        List.of(
                                new Rule(Who.MEMBER, "GET", MINE, OK),
                                new Rule(Who.OTHER_MEMBER, "GET", MINE, OK),
                                new Rule(Who.MEMBER, "POST", MINE + "/rows", OK),
                                new Rule(Who.OTHER_MEMBER, "POST", MINE + "/rows", OK)),
                        row("Ligne ajoutée")))
                .isEmpty();
        assertThat(ask(Who.MEMBER, "POST", MINE, row("Palettes de A1")).getStatus())
                .isEqualTo(REDIRECT);
        assertThat(ask(Who.OTHER_MEMBER, "POST", MINE + "/submit", row("Sciure de A2"))
                        .getStatus())
                .isEqualTo(REDIRECT);

        assertThat(questionnaires
                        .findLatest(new CompanyId(a1))
                        .orElseThrow()
                        .rows()
                        .get(0)
                        .flow()
                        .label())
                .isEqualTo("Palettes de A1");
        assertThat(questionnaires
                        .findLatest(new CompanyId(a2))
                        .orElseThrow()
                        .rows()
                        .get(0)
                        .flow()
                        .label())
                .isEqualTo("Sciure de A2");
        String first = ask(Who.MEMBER, "GET", MINE, Map.of()).getContentAsString(StandardCharsets.UTF_8);
        String second = ask(Who.OTHER_MEMBER, "GET", MINE, Map.of()).getContentAsString(StandardCharsets.UTF_8);
        String nameA1 = companies.getById(new CompanyId(a1)).name();
        String nameA2 = companies.getById(new CompanyId(a2)).name();
        assertThat(first).contains(nameA1, "Palettes de A1").doesNotContain(nameA2, "Sciure de A2");
        assertThat(second).contains(nameA2, "Sciure de A2").doesNotContain(nameA1, "Palettes de A1");
    }

    @Test
    void onlyTheInitiativesFacilitatorsReview() throws Exception {
        long first = sent(Who.MEMBER, a1, "Palettes de A1");
        long second = sent(Who.OTHER_MEMBER, a2, "Sciure de A2");
        String list = "/initiatives/adeto/questionnaires";
        String review = list + "/" + first;
        List<String> posts = List.of(review, review + "/accept", review + "/rows", review + "/return");
        List<Rule> refused = new ArrayList<>();
        refused.add(new Rule(Who.ANONYMOUS, "GET", list, REDIRECT));
        refused.add(new Rule(Who.ANONYMOUS, "GET", review, REDIRECT));
        posts.forEach(path -> refused.add(new Rule(Who.ANONYMOUS, "POST", path, REDIRECT)));
        for (Who who : List.of(Who.COORDINATOR, Who.OTHER_FACILITATOR, Who.MEMBER, Who.OTHER_MEMBER)) {
            refused.add(new Rule(who, "GET", list, FORBIDDEN));
            refused.add(new Rule(who, "GET", review, FORBIDDEN));
            posts.forEach(path -> refused.add(new Rule(who, "POST", path, FORBIDDEN)));
        }
        // Another initiative's facilitator asking under their own initiative learns nothing either.
        refused.add(new Rule(Who.OTHER_FACILITATOR, "GET", "/initiatives/piicto/questionnaires/" + first, NOT_FOUND));
        int version = questionnaires
                .findById(new QuestionnaireId(first))
                .orElseThrow()
                .version();
        Map<String, String> fields = Map.of(
                "version", String.valueOf(version),
                "rows[0].direction", "OUT",
                "rows[0].label", "Palettes corrigées",
                "comment", "Précisez la quantité.");

        assertThat(check(refused, fields)).isEmpty();
        assertThat(questionnaires
                        .findById(new QuestionnaireId(first))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.SUBMITTED);
        assertThat(questionnaires
                        .findById(new QuestionnaireId(first))
                        .orElseThrow()
                        .version())
                .isEqualTo(version);

        assertThat(check(
                        List.of(
                                new Rule(Who.FACILITATOR, "GET", list, OK),
                                new Rule(Who.FACILITATOR, "GET", review, OK),
                                new Rule(Who.FACILITATOR, "POST", review + "/rows", OK),
                                new Rule(Who.FACILITATOR, "POST", review, REDIRECT)),
                        fields))
                .isEmpty();
        Map<String, String> amended =
                Map.of("version", String.valueOf(version + 1), "comment", "Précisez la quantité.");
        assertThat(check(List.of(new Rule(Who.FACILITATOR, "POST", review + "/return", REDIRECT)), amended))
                .isEmpty();
        Map<String, String> acceptance = Map.of(
                "version",
                        String.valueOf(questionnaires
                                .findById(new QuestionnaireId(second))
                                .orElseThrow()
                                .version()),
                "rows[0].direction", "OUT",
                "rows[0].label", "Sciure de A2");
        assertThat(check(
                        List.of(new Rule(Who.FACILITATOR, "POST", list + "/" + second + "/accept", REDIRECT)),
                        acceptance))
                .isEmpty();
        assertThat(questionnaires
                        .findById(new QuestionnaireId(first))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.RETURNED);
        assertThat(questionnaires
                        .findById(new QuestionnaireId(second))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.ACCEPTED);
    }

    @Test
    void theApiIsForACompanysMembersEachTheirOwn() throws Exception {
        String api = "/api/v1/my-company/questionnaire";
        String body = "{\"version\": 0, \"rows\": [{\"direction\": \"OUT\", \"label\": \"Par l'API\"}]}";
        List<String> broken = new ArrayList<>();
        Map<Who, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put(Who.ANONYMOUS, 401);
        expected.put(Who.COORDINATOR, FORBIDDEN);
        expected.put(Who.FACILITATOR, FORBIDDEN);
        expected.put(Who.OTHER_FACILITATOR, FORBIDDEN);
        for (var rule : expected.entrySet()) {
            MockHttpServletRequestBuilder read = get(api).with(roles.api(rule.getKey()));
            MockHttpServletRequestBuilder write = put(api).contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(roles.api(rule.getKey()));
            for (MockHttpServletRequestBuilder request : List.of(read, write)) {
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                if (response.getStatus() != rule.getValue()
                        || !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
                    broken.add(rule.getKey() + " answered " + response.getStatus() + " " + response.getContentType());
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(questionnaires.findLatest(new CompanyId(a1))).isEmpty();

        for (Who member : List.of(Who.MEMBER, Who.OTHER_MEMBER)) {
            long own = member == Who.OTHER_MEMBER ? a2 : a1;
            MockHttpServletResponse read =
                    mvc.perform(get(api).with(roles.api(member))).andReturn().getResponse();
            assertThat(read.getStatus()).isEqualTo(OK);
            assertThat(read.getContentAsString()).contains("\"companyId\":" + own);
            MockHttpServletResponse write = mvc.perform(put(api).with(roles.api(member))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse();
            assertThat(write.getStatus()).isEqualTo(201);
            assertThat(questionnaires.findLatest(new CompanyId(own))).isPresent();
        }
    }
}
