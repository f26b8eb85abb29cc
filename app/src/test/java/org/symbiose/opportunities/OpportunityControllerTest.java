package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.symbiose.WebTestBase;

/** The facilitator reads the proposed synergies with company names and reasons, in their language. */
class OpportunityControllerTest extends WebTestBase {

    @Test
    void facilitatorSeesProposalsWithCompanyNamesAndReasons() throws Exception {
        String page = mvc.perform(get("/initiatives/piicto/opportunities").with(as("animation.piicto")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Pistes de synergies")
                .contains("id=\"substitutions\"")
                .contains("Pourquoi\u00a0?")
                .contains("décarbonatation")
                .doesNotContain(">pf1<");
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        String page = mvc.perform(get("/initiatives/adeto/opportunities")
                        .param("lang", "en")
                        .with(as("animation.adeto")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Synergy opportunities").contains("Why?").contains("Pooling");
    }

    @Test
    void isClosedToEveryoneButTheInitiativesFacilitators() throws Exception {
        mvc.perform(get("/initiatives/adeto/opportunities")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("animation.piicto")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("reseau"))).andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("membre.adeto")))
                .andExpect(status().isForbidden());
    }
}
