package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Markup typed into an initiative's name, its sheet, a company's name and a flow's label comes back
 * as the same text everywhere (pages, PDFs, API), never as an element, an attribute or a link.
 */
class HostileTextTest extends WebTestBase {

    static final String NAME = "ADETO<img src=x onerror=alert(1)>\"><svg onload=alert(2)>";
    static final String DESCRIPTION =
            "<script>alert('fiche')</script> javascript:alert(3) **<b onmouseover=alert(4)>gras</b>**";
    static final String COMPANY = "\"><svg onload=alert(5)><script>alert('entreprise')</script>";
    static final String FLOW = "<img src=x onerror=alert(6)> palettes <a href=\"javascript:alert(7)\">bois</a>";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    Map<String, Object> original;
    long adeto;
    long a1;

    @BeforeEach
    void typeHostileText() {
        original = jdbc.sql("""
                        select i.id, i.name, i.description, c.id as company, c.name as company_name, f.label
                        from initiative i join company c on c.initiative_id = i.id and c.external_id = 'a1'
                        join flow f on f.company_id = c.id and f.external_id = 'f1' where i.slug = 'adeto'""").query().singleRow();
        adeto = ((Number) original.get("id")).longValue();
        a1 = ((Number) original.get("company")).longValue();
        // Written behind the repository's back: a new version and a forgotten cache, as a save would do.
        jdbc.sql("update initiative set name = ?, description = ?, version = version + 1 where id = ?")
                .params(NAME, DESCRIPTION, adeto)
                .update();
        jdbc.sql("update company set name = ? where id = ?").params(COMPANY, a1).update();
        jdbc.sql("update flow set label = ? where company_id = ? and external_id = 'f1'")
                .params(FLOW, a1)
                .update();
        initiatives.forgetCached();
    }

    @AfterEach
    void restore() {
        jdbc.sql("update initiative set name = ?, description = ?, version = version + 1 where id = ?")
                .params(original.get("name"), original.get("description"), adeto)
                .update();
        jdbc.sql("update company set name = ? where id = ?")
                .params(original.get("company_name"), a1)
                .update();
        jdbc.sql("update flow set label = ? where company_id = ? and external_id = 'f1'")
                .params(original.get("label"), a1)
                .update();
        initiatives.forgetCached();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        String where = request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getRequestURI();
        // The only SVG a page may hold is the chart the server writes (dashboards.SvgChart), never one typed in.
        assertThat(page.select("img[src=x], svg:not(.dashboard-static), b[onmouseover]"))
                .as("element injected in %s", where)
                .isEmpty();
        for (Element script : page.select("script")) {
            assertThat(script.attr("src"))
                    .as("script in %s", where)
                    .matches("/webjars/[a-z0-9.-]+/[0-9.]+/dist/[a-z0-9.-]+\\.js|/js/[a-z-]+\\.js");
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute in %s", where).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT))
                        .as("%s of <%s> in %s", attribute.getKey(), element.tagName(), where)
                        .doesNotStartWith("javascript:");
            }
        }
        return page;
    }

    @Test
    void publicPagesShowTheTypedTextAsText() throws Exception {
        Document home = page(get("/"));
        assertThat(home.select("#initiatives strong").eachText()).contains(NAME);
        assertThat(home.select("#initiatives li[data-name]").eachAttr("data-name"))
                .as("the map reads the name from here, as text (map.js)")
                .contains(NAME);

        Document sheet = page(get("/initiatives/adeto"));
        assertThat(sheet.text()).contains(NAME, "<script>alert('fiche')</script> javascript:alert(3)");
        assertThat(sheet.select("strong").eachText()).contains("<b onmouseover=alert(4)>gras</b>");
        assertThat(sheet.title()).startsWith(NAME);
    }

    @Test
    void facilitatorsPagesShowTheTypedTextAsText() throws Exception {
        assertThat(page(get("/companies").param("initiative", "adeto").with(as("animation.adeto")))
                        .text())
                .contains(COMPANY);
        assertThat(page(get("/companies/" + a1).with(as("animation.adeto"))).text())
                .contains(COMPANY, FLOW);
        assertThat(page(get("/initiatives/adeto/edit/identity").with(as("animation.adeto")))
                        .select("input[value]")
                        .eachAttr("value"))
                .contains(NAME);
        assertThat(page(get("/initiatives/adeto/accounts").with(as("animation.adeto")))
                        .select("#companyId option")
                        .eachText())
                .contains(COMPANY);
        assertThat(page(get("/admin/accounts").with(as("reseau")))
                        .select("#initiativeId option")
                        .eachText())
                .contains(NAME);
        page(get("/initiatives/adeto/opportunities").with(as("animation.adeto")));
    }

    @Test
    void pdfsPrintTheTypedTextAsText() throws Exception {
        String sheet = pdfText("/initiatives/adeto/sheet.pdf");
        assertThat(sheet.replaceAll("\\s+", " "))
                .contains("<img src=x onerror=alert(1)>")
                .contains("<script>alert('fiche')</script>")
                .contains("<b onmouseover=alert(4)>gras</b>");
    }

    @Test
    void apiAnswersTheTypedTextAsJsonStrings() throws Exception {
        mvc.perform(get("/api/v1/initiatives/" + adeto))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initiative.name").value(NAME));
        mvc.perform(get("/api/v1/initiatives"))
                .andExpect(jsonPath("$[?(@.slug == 'adeto')].name").value(NAME));
        mvc.perform(get("/api/v1/initiatives/" + adeto + "/companies").with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '" + COMPANY.replace("'", "\\'") + "')]")
                        .exists());
        String json = mvc.perform(
                        get("/api/v1/initiatives/" + adeto + "/companies").with(httpBasic("animation.adeto", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(new tools.jackson.databind.json.JsonMapper().writeValueAsString(FLOW));
    }

    String pdfText(String url) throws Exception {
        byte[] pdf = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
