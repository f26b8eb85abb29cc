package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.symbiose.ids.CompanyId;

/** The member's questionnaire through the API: the page's rules, as JSON and problem details. */
class QuestionnaireApiTest extends QuestionnaireTestBase {

    static final String API = "/api/v1/my-company/questionnaire";

    ResultActions putAs(String user, String json) throws Exception {
        return mvc.perform(put(API).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void theMemberSavesADraftThenSendsItWithTheVersionRead() throws Exception {
        mvc.perform(get(API).with(httpBasic(MEMBER, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companyId").value(company))
                .andExpect(jsonPath("$.status").doesNotExist())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.editable").value(true));

        putAs(MEMBER, """
                        {"version": 0, "rows": [
                          {"direction": "OUT", "label": "Copeaux de bois", "quantity": 12.5, "unit": "TONNE",
                           "ewc": "03 01 05", "hazardous": false},
                          {"direction": "IN", "label": "Cartons", "quantity": "1 234,5", "unit": "KILOGRAM",
                           "period": "MONTH"}]}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", API))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.rows[0].ewc").value("030105"))
                .andExpect(jsonPath("$.rows[1].quantity").value(1234.5))
                .andExpect(jsonPath("$.rows[1].period").value("MONTH"));

        putAs(MEMBER, """
                        {"version": 1, "submit": true, "rows": [
                          {"direction": "OUT", "label": "Copeaux de bois", "quantity": 12.5, "unit": "TONNE"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.rows.length()").value(1));
        assertThat(questionnaires
                        .findLatest(new CompanyId(company))
                        .orElseThrow()
                        .status())
                .isEqualTo(QuestionnaireStatus.SUBMITTED);

        putAs(MEMBER, """
                        {"version": 2, "rows": [{"direction": "OUT", "label": "Trop tard"}]}""")
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void invalidRowsAndStaleVersionsAreProblemsThatSaveNothing() throws Exception {
        putAs(MEMBER, """
                        {"version": 0, "rows": [
                          {"direction": "OUT", "label": "Palettes", "quantity": "beaucoup", "unit": "TONNE"},
                          {"direction": "SIDEWAYS", "label": ""}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:symbiose:problem:validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[0].quantity')].message")
                        .value("la quantité doit être un nombre, par ex. 1 234,5."))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'rows[1].direction')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[1].label')]").exists());
        putAs(MEMBER, """
                        {"rows": [{"direction": "OUT", "label": "Palettes"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        putAs(MEMBER, """
                        {"version": 3, "rows": [{"direction": "OUT", "label": "Palettes"}]}""").andExpect(status().isConflict());
        putAs(MEMBER, "{\"version\": 0, \"rows\": \"abc\"}").andExpect(status().isBadRequest());
        putAs(MEMBER, "{\"version\": 0, \"submit\": true, \"rows\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Déclarez au moins un flux avant d’envoyer le questionnaire."));

        assertThat(questionnaires.findLatest(new CompanyId(company))).isEmpty();
    }
}
