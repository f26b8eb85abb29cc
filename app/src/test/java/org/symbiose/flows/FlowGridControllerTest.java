package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * A facilitator saves grid rows one by one: a valid row is saved with its reading and its history; each
 * kind of invalid value is answered with a message naming the field, and nothing is saved.
 */
class FlowGridControllerTest extends FlowTestBase {

    @Autowired
    FlowChangeRepository history;

    static Map<String, String> pallets() {
        return Map.of(
                "label", "Palettes bois cassées",
                "ewc", "15 01 03",
                "direction", "OUT",
                "category", "WASTE",
                "quantity", "12,5",
                "unit", "TONNE",
                "period", "YEAR",
                "availableFrom", "2025-01-01",
                "availableTo", "2025-12-31");
    }

    MockHttpServletResponse saveRow(String path, Map<String, String> fields, String lang) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(as("animation.adeto")).with(csrf()).param("lang", lang);
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    String rows() {
        return "/companies/" + company.id + "/flows/rows";
    }

    @Test
    void aValidRowIsSavedWithTheEnginesReadingAndItsHistory() throws Exception {
        MockHttpServletResponse response = saveRow(rows(), pallets(), "fr");

        assertThat(response.getStatus()).isEqualTo(201);
        String json = response.getContentAsString();
        Integer id = JsonPath.read(json, "$.id");
        assertThat((Integer) JsonPath.read(json, "$.version")).isZero();
        assertThat((String) JsonPath.read(json, "$.reading"))
                .startsWith("lu comme ")
                .contains("confiance");
        Flow saved = flows.findById(new FlowId(id)).orElseThrow();
        assertThat(saved.companyId()).isEqualTo(new CompanyId(company.id));
        assertThat(saved.quantity()).isEqualByComparingTo("12.5");
        assertThat(saved.ewc()).isEqualTo("150103");
        assertThat(history.listByCompany(new CompanyId(company.id), 10))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.action()).isEqualTo(FlowChange.Action.CREATED);
                    assertThat(c.username()).isEqualTo("animation.adeto");
                });

        String page = mvc.perform(get("/companies/" + company.id + "/flows").with(as("animation.adeto")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"Palettes bois cassées\"")
                .contains("value=\"12,5\"")
                .contains("a créé");
    }

    @ParameterizedTest(name = "{0} = {1}: error on {2}")
    @CsvSource({
        "quantity, -3, quantity, ne peut pas être négative",
        "unit, '', unit, demande son unité",
        "availableTo, 2024-06-30, availableTo, précède son début",
        "ewc, 99 99 99, ewc, n’est pas un code de la liste européenne",
        "quantity, douze, quantity, «\u00a0douze\u00a0» n’est pas un nombre",
        "temperature, tiède, temperature, «\u00a0tiède\u00a0» n’est pas un nombre",
        "label, '', label, libellé est obligatoire"
    })
    void anInvalidValueIsNamedAndNothingIsSaved(String field, String value, String errorField, String message)
            throws Exception {
        var fields = new java.util.HashMap<>(pallets());
        fields.put(field, value);
        if (field.equals("availableTo")) {
            fields.put("availableFrom", "2025-01-01");
        }

        MockHttpServletResponse response = saveRow(rows(), fields, "fr");

        assertThat(response.getStatus()).isEqualTo(400);
        String json = response.getContentAsString();
        List<String> named = JsonPath.read(json, "$.errors[*].field");
        List<String> messages = JsonPath.read(json, "$.errors[*].message");
        assertThat(named).containsExactly(errorField);
        assertThat(messages.get(0)).contains(message);
        assertThat(flows.listByCompany(new CompanyId(company.id))).isEmpty();
        assertThat(history.listByCompany(new CompanyId(company.id), 10)).isEmpty();
    }

    @Test
    void errorsAreInEnglishForAnEnglishReader() throws Exception {
        var fields = new java.util.HashMap<>(pallets());
        fields.put("quantity", "twelve");

        String json = saveRow(rows(), fields, "en").getContentAsString();

        assertThat((String) JsonPath.read(json, "$.errors[0].message"))
                .isEqualTo("“twelve” is not a number (e.g. 12.5).");
    }

    @Test
    void anEditIsSavedAtTheVersionSeenAndSummarisedInTheHistory() throws Exception {
        Integer id = JsonPath.read(saveRow(rows(), pallets(), "fr").getContentAsString(), "$.id");
        var edited = new java.util.HashMap<>(pallets());
        edited.put("quantity", "15");
        edited.put("version", "0");

        MockHttpServletResponse response = saveRow(rows() + "/" + id, edited, "fr");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(response.getContentAsString(), "$.version"))
                .isEqualTo(1);
        String page = mvc.perform(get("/companies/" + company.id + "/flows").with(as("animation.adeto")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Quantité\u00a0: 12,5 t / an → 15 t / an");

        edited.put("quantity", "99");
        MockHttpServletResponse stale = saveRow(rows() + "/" + id, edited, "fr");
        assertThat(stale.getStatus()).as("an edit of version 0, now 1").isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("quelqu’un d’autre");
        assertThat(flows.findById(new FlowId(id)).orElseThrow().quantity()).isEqualByComparingTo("15");
    }

    @Test
    void aDeletedRowIsGoneAndTheHistoryKeepsIt() throws Exception {
        Integer id = JsonPath.read(saveRow(rows(), pallets(), "fr").getContentAsString(), "$.id");

        MockHttpServletResponse stale = saveRow(rows() + "/" + id + "/delete", Map.of("version", "3"), "fr");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(flows.findById(new FlowId(id))).isPresent();

        MockHttpServletResponse response = saveRow(rows() + "/" + id + "/delete", Map.of("version", "0"), "fr");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(flows.findById(new FlowId(id))).isEmpty();
        assertThat(history.listByCompany(new CompanyId(company.id), 10))
                .extracting(FlowChange::action)
                .containsExactly(FlowChange.Action.DELETED, FlowChange.Action.CREATED);
    }

    String reading(String lang, String label, String ewc) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/flows/reading")
                        .with(as("animation.adeto"))
                        .param("label", label)
                        .param("ewc", ewc)
                        .param("lang", lang))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JsonPath.read(response.getContentAsString(), "$.text");
    }

    @Test
    void theReadingNamesTheFamilyInTheReadersLanguage() throws Exception {
        assertThat(reading("fr", "palettes en bois", "")).matches("lu comme .+, confiance \\d,\\d");
        assertThat(reading("en", "wooden pallets", "")).matches("read as .+, confidence \\d\\.\\d");
        assertThat(reading("fr", "palettes en bois", "")).isEqualTo("lu comme Palettes, confiance 1,0");
        assertThat(reading("en", "palettes en bois", "")).isEqualTo("read as Pallets, confidence 1.0");
    }

    @Test
    void aLabelTheEngineDoesNotKnowIsNotRecognised() throws Exception {
        assertThat(reading("fr", "xqzw blorft", "")).isEqualTo("non reconnu");
        assertThat(reading("en", "xqzw blorft", "")).isEqualTo("not recognised");
    }

    @Test
    void aWasteCodeAloneIsRead() throws Exception {
        assertThat(reading("fr", "", "150103")).startsWith("lu comme ");
    }
}
