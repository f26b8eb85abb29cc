package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.WebTestBase;

/**
 * The access rules table of ARCHITECTURE.md, row by row: for each role, every page and API endpoint
 * it may reach answers, and every one it may not is refused (403, or the login page / 401 for
 * anonymous visitors). The coordinator in particular reaches no company and no flow.
 */
class AccessTableTest extends WebTestBase {

    static final int OK = 200;
    static final int LOGIN = 302;
    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;

    @Autowired
    JdbcClient jdbc;

    record Rule(String who, String path, int status) {}

    long initiative(String slug) {
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long company(String slug, String externalId) {
        return jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = ? and c.external_id = ?")
                .params(slug, externalId)
                .query(Long.class)
                .single();
    }

    long anyCompany(String slug) {
        return jdbc.sql("select min(c.id) from company c join initiative i on i.id = c.initiative_id where i.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    void check(List<Rule> rules) throws Exception {
        List<String> broken = new ArrayList<>();
        for (Rule rule : rules) {
            MockHttpServletRequestBuilder request = get(rule.path());
            if (!rule.who().equals("anyone")) {
                request = rule.path().startsWith("/api/")
                        ? request.with(httpBasic(rule.who(), "demo"))
                        : request.with(as(rule.who()));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != rule.status()) {
                broken.add(rule + " answered " + status);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void anyoneReachesPublishedSheetsTheMapFiguresAndNomenclaturesOnly() throws Exception {
        long adeto = initiative("adeto");
        check(List.of(
                new Rule("anyone", "/", OK),
                new Rule("anyone", "/initiatives/adeto", OK),
                new Rule("anyone", "/initiatives/adeto/sheet.pdf", OK),
                new Rule("anyone", "/sources", OK),
                new Rule("anyone", "/login", OK),
                new Rule("anyone", "/api/v1/initiatives", OK),
                new Rule("anyone", "/api/v1/initiatives/" + adeto, OK),
                new Rule("anyone", "/api/v1/nomenclatures/waste?q=palette", OK),
                new Rule("anyone", "/initiatives/adeto/edit/identity", LOGIN),
                new Rule("anyone", "/companies", LOGIN),
                new Rule("anyone", "/companies/" + company("adeto", "a1"), LOGIN),
                new Rule("anyone", "/initiatives/adeto/opportunities", LOGIN),
                new Rule("anyone", "/initiatives/adeto/accounts", LOGIN),
                new Rule("anyone", "/admin/accounts", LOGIN),
                new Rule("anyone", "/admin/initiatives/new", LOGIN),
                new Rule("anyone", "/account/password", LOGIN),
                new Rule("anyone", "/api/v1/initiatives/" + adeto + "/companies", UNAUTHORIZED),
                new Rule("anyone", "/api/v1/initiatives/" + adeto + "/opportunities", UNAUTHORIZED)));
    }

    @Test
    void coordinatorReachesEverySheetAndAccountsButNoCompanyOrFlow() throws Exception {
        long adeto = initiative("adeto");
        check(List.of(
                new Rule("reseau", "/initiatives/adeto", OK),
                new Rule("reseau", "/initiatives/adeto/edit/identity", OK),
                new Rule("reseau", "/initiatives/piicto/edit/key-figures", OK),
                new Rule("reseau", "/admin/initiatives/new", OK),
                new Rule("reseau", "/admin/accounts", OK),
                new Rule("reseau", "/account/password", OK),
                new Rule("reseau", "/api/v1/initiatives/" + adeto, OK),
                new Rule("reseau", "/companies", FORBIDDEN),
                new Rule("reseau", "/companies?initiative=adeto", FORBIDDEN),
                new Rule("reseau", "/companies/" + company("adeto", "a1"), FORBIDDEN),
                new Rule("reseau", "/initiatives/adeto/opportunities", FORBIDDEN),
                new Rule("reseau", "/initiatives/adeto/accounts", FORBIDDEN),
                new Rule("reseau", "/api/v1/initiatives/" + adeto + "/companies", FORBIDDEN),
                new Rule("reseau", "/api/v1/initiatives/" + adeto + "/opportunities", FORBIDDEN)));
    }

    @Test
    void facilitatorReachesEverythingOfTheirInitiativeAndNothingOfAnother() throws Exception {
        long adeto = initiative("adeto");
        long piicto = initiative("piicto");
        check(List.of(
                new Rule("animation.adeto", "/initiatives/adeto/edit/identity", OK),
                new Rule("animation.adeto", "/companies?initiative=adeto", OK),
                new Rule("animation.adeto", "/companies/" + company("adeto", "a1"), OK),
                new Rule("animation.adeto", "/initiatives/adeto/opportunities", OK),
                new Rule("animation.adeto", "/initiatives/adeto/accounts", OK),
                new Rule("animation.adeto", "/account/password", OK),
                new Rule("animation.adeto", "/api/v1/initiatives/" + adeto + "/companies", OK),
                new Rule("animation.adeto", "/initiatives/piicto/edit/identity", FORBIDDEN),
                new Rule("animation.adeto", "/companies?initiative=piicto", FORBIDDEN),
                new Rule("animation.adeto", "/companies/" + anyCompany("piicto"), FORBIDDEN),
                new Rule("animation.adeto", "/initiatives/piicto/opportunities", FORBIDDEN),
                new Rule("animation.adeto", "/initiatives/piicto/accounts", FORBIDDEN),
                new Rule("animation.adeto", "/api/v1/initiatives/" + piicto + "/companies", FORBIDDEN),
                new Rule("animation.adeto", "/api/v1/initiatives/" + piicto + "/opportunities", FORBIDDEN),
                new Rule("animation.adeto", "/admin/accounts", FORBIDDEN),
                new Rule("animation.adeto", "/admin/initiatives/new", FORBIDDEN)));
    }

    @Test
    void memberReachesTheirOwnCompanyFileOnly() throws Exception {
        long adeto = initiative("adeto");
        check(List.of(
                new Rule("membre.adeto", "/companies/" + company("adeto", "a1"), OK),
                new Rule("membre.adeto", "/account/password", OK),
                new Rule("membre.adeto", "/initiatives/adeto", OK),
                new Rule("membre.adeto", "/companies/" + company("adeto", "a2"), FORBIDDEN),
                new Rule("membre.adeto", "/companies", FORBIDDEN),
                new Rule("membre.adeto", "/initiatives/adeto/edit/identity", FORBIDDEN),
                new Rule("membre.adeto", "/initiatives/adeto/opportunities", FORBIDDEN),
                new Rule("membre.adeto", "/initiatives/adeto/accounts", FORBIDDEN),
                new Rule("membre.adeto", "/admin/accounts", FORBIDDEN),
                new Rule("membre.adeto", "/admin/initiatives/new", FORBIDDEN),
                new Rule("membre.adeto", "/api/v1/initiatives/" + adeto + "/companies", FORBIDDEN),
                new Rule("membre.adeto", "/api/v1/initiatives/" + adeto + "/opportunities", FORBIDDEN)));
    }
}
