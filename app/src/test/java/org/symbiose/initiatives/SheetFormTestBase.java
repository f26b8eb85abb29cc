package org.symbiose.initiatives;

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
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.symbiose.WebTestBase;

/** What the sheet's form tests share: ADETO's sheet put back after each test, and forms as a browser posts them. */
abstract class SheetFormTestBase extends WebTestBase {

    static final String PALLETS = "Diagnostics palettes réalisés";

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    MessageSource messages;

    SheetSnapshot adeto;

    @BeforeEach
    void takeSnapshot() {
        adeto = SheetSnapshot.take(initiatives, "adeto");
    }

    @AfterEach
    void restore() {
        adeto.restore();
    }

    MultiValueMap<String, String> form(String section, String user) throws Exception {
        Document page = page(get("/initiatives/adeto/edit/" + section).with(as(user)));
        Element form = page.selectFirst("form.edit-form");
        assertThat(form).as("form of section %s", section).isNotNull();
        var fields = new LinkedMultiValueMap<String, String>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || (field.attr("type").equals("checkbox") && !field.hasAttr("checked"))) {
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

    ResultActions submit(String section, String user, MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post("/initiatives/adeto/edit/" + section)
                .params(form)
                .with(csrf())
                .with(as(user)));
    }

    /** Posts a form that is shown again (200) and returns the page. */
    Document shownAgain(String section, MultiValueMap<String, String> form) throws Exception {
        return page(post("/initiatives/adeto/edit/" + section)
                .params(form)
                .with(csrf())
                .with(as("animation.adeto")));
    }

    Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    static List<String> summary(Document page) {
        return page.select(".error-summary li").eachText();
    }

    static String keyFigureValueField(MultiValueMap<String, String> form, String label) {
        for (int i = 0; form.containsKey("rows[" + i + "].label"); i++) {
            if (label.equals(form.getFirst("rows[" + i + "].label"))) {
                return "rows[" + i + "].value";
            }
        }
        throw new AssertionError("no key figure " + label + " in " + form);
    }

    static KeyFigure keyFigure(Initiative initiative, String label) {
        return initiative.keyFigures().stream()
                .filter(f -> f.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    /** The value the sheet page shows for a key figure. */
    static String sheetFigure(Document sheet, String label) {
        for (Element cell : sheet.select("#key-figures td.key-figure")) {
            if (cell.select(".figure-label").text().equals(label)) {
                return cell.select(".figure-value").text();
            }
        }
        throw new AssertionError("no key figure " + label + " on the sheet");
    }
}
