package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.symbiose.WebTestBase;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * What the company tests share: every company a test creates is deleted after it (the demo companies
 * stay as they were), and forms read and posted as a browser does.
 */
abstract class CompanyTestSupport extends WebTestBase {

    /** A valid SIRET no demo company has. */
    static final String SIRET = "732 829 320 00074";

    static final String PARK = "Pôle d'activités de Toulon-Ouest";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompanyRepository companies;

    @Autowired
    CompanyChangeLog history;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    FiguresService figures;

    long lastDemoCompany;
    long adeto;

    @BeforeEach
    void rememberDemoCompanies() {
        lastDemoCompany = jdbc.sql("select coalesce(max(id), 0) from company")
                .query(Long.class)
                .single();
        adeto = initiatives.getBySlug("adeto").id().value();
    }

    @AfterEach
    void deleteTestCompanies() {
        jdbc.sql("delete from account where company_id > ?")
                .param(lastDemoCompany)
                .update();
        jdbc.sql("delete from company where id > ?").param(lastDemoCompany).update();
        figures.forgetAll();
    }

    /** A company of ADETO saved directly, as an import would: the starting point of edit tests. */
    Company saved(String name) {
        return companies.insert(new Company(
                null,
                new InitiativeId(adeto),
                null,
                name,
                Siret.parse(SIRET),
                "16.24Z",
                "Fabrication de palettes",
                12,
                PARK,
                true,
                List.of(new Site("Atelier", "83090", new GeoPoint(43.13902, 5.8542)))));
    }

    /** The demo company of ADETO with that exchange id. */
    Company demo(String externalId) {
        return companies.getById(
                (companies.idsByExternalId(new InitiativeId(adeto)).get(externalId)));
    }

    long companiesOfAdeto() {
        return companies.count(new InitiativeId(adeto));
    }

    /** The fields of a page's company form, as the browser would post them. */
    MultiValueMap<String, String> form(String url, String user) throws Exception {
        Document page = page(get(url).with(as(user)));
        Element form = page.selectFirst("form.company-form");
        assertThat(form).as("company form at %s", url).isNotNull();
        var fields = new LinkedMultiValueMap<String, String>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf")
                    || name.contains("INDEX")
                    || (field.attr("type").equals("checkbox") && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.tagName().equals("select")) {
                Element selected = field.selectFirst("option[selected]");
                fields.add(name, selected == null ? "" : selected.val());
            } else {
                fields.add(name, field.val());
            }
        }
        return fields;
    }

    /** A new company of ADETO as the facilitator fills it in: a name, a SIRET, a NAF code, one site. */
    static MultiValueMap<String, String> newCompany(String name) {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("name", name);
        fields.add("siret", SIRET);
        fields.add("naf", "16.24Z");
        fields.add("activity", "Fabrication de palettes");
        fields.add("employees", "1 200");
        fields.add("member", "true");
        fields.add("park", PARK);
        fields.add("zone", "");
        fields.add("sites[0].name", "Atelier");
        fields.add("sites[0].commune", "Ollioules (83090)");
        fields.add("sites[0].latitude", "");
        fields.add("sites[0].longitude", "");
        return fields;
    }

    ResultActions postForm(String url, String user, MultiValueMap<String, String> fields) throws Exception {
        return mvc.perform(
                MockMvcRequestBuilders.post(url).params(fields).with(csrf()).with(as(user)));
    }

    ResultActions create(MultiValueMap<String, String> fields) throws Exception {
        return postForm("/companies/new?initiative=adeto", "animation.adeto", fields);
    }

    /** Posts a form that is shown again (200) and returns the page. */
    Document shownAgain(MultiValueMap<String, String> fields) throws Exception {
        return page(MockMvcRequestBuilders.post("/companies/new?initiative=adeto")
                .params(fields)
                .with(csrf())
                .with(as("animation.adeto")));
    }

    Document page(RequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** The form's error messages, no-break spaces read as spaces (as Jsoup gives text). */
    static List<String> summary(Document page) {
        return page.select(".error-summary li").eachText().stream()
                .map(text -> text.replace('\u00a0', ' '))
                .toList();
    }

    /** The id in a redirect to a company's file. */
    static long redirectedId(ResultActions result) {
        String location = result.andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/companies/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
