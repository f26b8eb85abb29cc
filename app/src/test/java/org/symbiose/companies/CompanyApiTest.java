package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.symbiose.ids.InitiativeId;

/** The companies API: 201 with Location, 400 problems naming the fields in French and English, 403, 404. */
class CompanyApiTest extends CompanyTestSupport {

    static final String VALID = """
            {"name": "Palettes du Brusc", "siret": "73282932000074", "naf": "16.24Z",
             "activity": "Fabrication de palettes", "employees": 12, "member": true,
             "zone": "Pôle d'activités de Toulon-Ouest",
             "sites": [{"name": "Atelier", "commune": "83090", "latitude": 43.13902, "longitude": 5.8542}]}""";

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(httpBasic("animation.adeto", "demo")));
    }

    @Test
    void createAnswers201WithTheLocationOfTheNewCompany() throws Exception {
        String location = send(post("/api/v1/initiatives/" + adeto + "/companies"), VALID)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Palettes du Brusc"))
                .andExpect(jsonPath("$.sites[0].communeInsee").value("83090"))
                .andExpect(jsonPath("$.archivedOn").doesNotExist())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);

        assertThat(location).matches("(http://localhost)?/api/v1/companies/\\d+");
        mvc.perform(get(location).with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.siret").value("73282932000074"))
                .andExpect(jsonPath("$.employees").value(12));
    }

    @Test
    void invalidFieldsAreAProblemNamingEachFieldInFrenchOrEnglish() throws Exception {
        long before = companiesOfAdeto();
        String invalid = """
                {"name": "Palettes du Brusc", "siret": "73282932000075", "naf": "99.99Z",
                 "sites": [{"name": "Atelier"}]}""";

        send(post("/api/v1/initiatives/" + adeto + "/companies"), invalid)
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("urn:symbiose:problem:validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'siret')].message")
                        .value(hasItem(containsString("n’est pas valide (clé de contrôle)"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'naf')].message").value(hasItem(containsString("99.99Z"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'sites[0].commune')].message")
                        .value(hasItem(containsString("indiquez une commune ou des coordonnées"))));
        mvc.perform(post("/api/v1/initiatives/" + adeto + "/companies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invalid)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .with(httpBasic("animation.adeto", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'siret')].message")
                        .value(hasItem(containsString("is not valid (check digit)"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'sites[0].commune')].message")
                        .value(hasItem(containsString("give a commune or coordinates"))));
        send(post("/api/v1/initiatives/" + adeto + "/companies"), "{\"name\": ").andExpect(status().isBadRequest());
        assertThat(companiesOfAdeto()).isEqualTo(before);
    }

    @Test
    void aLikelyDuplicateNeedsConfirmation() throws Exception {
        long before = companiesOfAdeto();
        String duplicate = """
                {"name": "LA TABLE DES PLAYES", "sites": [{"commune": "83129"}]}""";

        send(post("/api/v1/initiatives/" + adeto + "/companies"), duplicate)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmDuplicate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("La Table des Playes")));
        assertThat(companiesOfAdeto()).isEqualTo(before);

        send(
                        post("/api/v1/initiatives/" + adeto + "/companies"),
                        duplicate.replace("{\"name\"", "{\"confirmDuplicate\": true, \"name\""))
                .andExpect(status().isCreated());
        assertThat(companiesOfAdeto()).isEqualTo(before + 1);
    }

    @Test
    void putReplacesTheCompanyAndArchiveAndRestoreAnswerItsState() throws Exception {
        Company company = saved("Palettes du Brusc");
        String url = "/api/v1/companies/" + company.id().value();

        send(put(url), VALID.replace("16.24Z", "16.10A"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.naf").value("16.10A"));
        assertThat(companies.getById(company.id()).naf()).isEqualTo("16.10A");
        assertThat(history.list(company.id()).get(0).changes())
                .containsExactly(new CompanyChange.FieldChange("naf", "16.24Z", "16.10A"));

        send(post(url + "/archive"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archivedOn").isNotEmpty());
        assertThat(companies.getById(company.id()).archived()).isTrue();
        mvc.perform(get("/api/v1/initiatives/" + adeto + "/companies").with(httpBasic("animation.adeto", "demo")))
                .andExpect(
                        jsonPath("$[?(@.id == " + company.id().value() + ")]").isEmpty());
        mvc.perform(get("/api/v1/initiatives/" + adeto + "/companies?archived=true")
                        .with(httpBasic("animation.adeto", "demo")))
                .andExpect(
                        jsonPath("$[?(@.id == " + company.id().value() + ")]").isNotEmpty());

        send(post(url + "/restore"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archivedOn").doesNotExist());
        assertThat(companies.getById(company.id()).archived()).isFalse();
    }

    @Test
    void aVersionMakesTheWriteConditional() throws Exception {
        Company company = saved("Palettes du Brusc");
        String url = "/api/v1/companies/" + company.id().value();
        send(get(url), "").andExpect(jsonPath("$.version").value(0));

        send(put(url + "?version=0"), VALID.replace("16.24Z", "16.10A")).andExpect(status().isOk());
        send(put(url + "?version=0"), VALID.replace("16.24Z", "16.29Z"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("modifiée entre-temps")));
        send(post(url + "/archive?version=0"), "").andExpect(status().isConflict());
        send(post(url + "/archive?version="), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(companies.getById(company.id()).naf()).isEqualTo("16.10A");
        assertThat(companies.getById(company.id()).archived()).isFalse();

        send(post(url + "/archive?version=1"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void unknownIdsAre404AndAnotherInitiativeIs403() throws Exception {
        for (String id : new String[] {"0", "-1", "999999", "99999999999999999999"}) {
            send(put("/api/v1/companies/" + id), VALID).andExpect(status().isNotFound());
            send(post("/api/v1/companies/" + id + "/archive"), "").andExpect(status().isNotFound());
            send(post("/api/v1/initiatives/" + id + "/companies"), VALID).andExpect(status().isNotFound());
        }
        long piicto = initiatives.getBySlug("piicto").id().value();
        long before = companies.count(new InitiativeId(piicto));
        send(post("/api/v1/initiatives/" + piicto + "/companies"), VALID)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:symbiose:problem:forbidden"));
        assertThat(companies.count(new InitiativeId(piicto))).isEqualTo(before);
    }
}
