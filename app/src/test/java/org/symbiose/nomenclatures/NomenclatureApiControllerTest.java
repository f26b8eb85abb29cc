package org.symbiose.nomenclatures;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.symbiose.WebTestBase;

/** The public nomenclature search, as a form's autocomplete would call it, without logging in. */
class NomenclatureApiControllerTest extends WebTestBase {

    @Test
    void findsWoodenPackagingFromTheEverydayWordPalette() throws Exception {
        mvc.perform(get("/api/v1/nomenclatures/waste").param("q", "palette"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].display", hasItem("15 01 03")));
    }

    @Test
    void findsBakeriesInNaf() throws Exception {
        mvc.perform(get("/api/v1/nomenclatures/naf").param("q", "boulangerie"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("10.71C")));
    }

    @Test
    void findsLaSeyneSurMerFromPartOfItsName() throws Exception {
        mvc.perform(get("/api/v1/nomenclatures/communes").param("q", "seyne"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("La Seyne-sur-Mer")))
                .andExpect(jsonPath("$[*].inseeCode", hasItem("83126")));
    }

    @Test
    void flagsHazardousCodes() throws Exception {
        mvc.perform(get("/api/v1/nomenclatures/waste/16 01 04*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hazardous").value(true));
    }

    @Test
    void answersClearErrorsForBadInput() throws Exception {
        mvc.perform(get("/api/v1/nomenclatures/waste/99 99 99")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/nomenclatures/naf").param("q", "pain").param("limit", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/nomenclatures/communes")).andExpect(status().isBadRequest());
    }
}
