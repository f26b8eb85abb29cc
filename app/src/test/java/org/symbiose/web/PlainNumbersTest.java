package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/** The API writes numbers as people read them: 16000, never 1.6E+4. */
class PlainNumbersTest extends WebTestBase {

    /** A JSON number with an exponent, after a colon, a comma or a bracket. */
    static final Pattern EXPONENT = Pattern.compile("[:,\\[]\\s*-?\\d+(\\.\\d+)?[eE][+-]?\\d");

    @Autowired
    InitiativeRepository initiatives;

    @Test
    void initiativesAnswerPlainNumbers() throws Exception {
        String list = mvc.perform(get("/api/v1/initiatives"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContainPattern(EXPONENT);
        for (Initiative i : initiatives.listPublished()) {
            String body = mvc.perform(get("/api/v1/initiatives/" + i.id().value()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(i.slug()).doesNotContainPattern(EXPONENT);
        }
        long piicto = initiatives.getBySlug("piicto").id().value();
        String body = mvc.perform(get("/api/v1/initiatives/" + piicto))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // 16,000 t/an realised: a value whose trailing zeros were stripped, 1.6E+4 before.
        assertThat(body).contains("\"TONNES_VALORISED\":16000").doesNotContain("1.6E+4");
        long adeto = initiatives.getBySlug("adeto").id().value();
        assertThat(mvc.perform(get("/api/v1/initiatives/" + adeto))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("\"value\":260[,.}]")
                .doesNotContain("2.6E+2");
    }
}
