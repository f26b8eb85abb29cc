package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * The flows API writes what the grid writes, refuses the same values with problem details naming each
 * field, answers 404 for ids no flow has and 409 for an edit of an older version.
 */
class FlowApiControllerTest extends FlowTestBase {

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic("animation.adeto", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    @Test
    void aFlowIsCreatedReadEditedAndDeletedWithItsVersion() throws Exception {
        MockHttpServletResponse created = send(post("/api/v1/companies/" + company.id + "/flows"), """
                {"label": "Palettes bois", "direction": "out", "category": "waste", "ewc": "15 01 03",
                 "quantity": 12.5, "unit": "t", "period": "year", "hazardous": false}""");
        assertThat(created.getStatus()).isEqualTo(201);
        Integer id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/flows/" + id);
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.unit"))
                .isEqualTo("t");

        MockHttpServletResponse edited = send(put("/api/v1/flows/" + id), """
                {"label": "Palettes bois", "direction": "out", "quantity": 15, "unit": "t", "version": 0}""");
        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(edited.getContentAsString(), "$.version"))
                .isEqualTo(1);

        MockHttpServletResponse stale = send(delete("/api/v1/flows/" + id).param("version", "0"), "");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");

        assertThat(send(delete("/api/v1/flows/" + id).param("version", "1"), "").getStatus())
                .isEqualTo(204);
        assertThat(flows.findById(new FlowId(id))).isEmpty();
    }

    @Test
    void invalidValuesAreProblemDetailsNamingEachFieldAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response = send(post("/api/v1/companies/" + company.id + "/flows"), """
                {"label": "Palettes", "direction": "out", "quantity": "douze", "ewc": "999999",
                 "availableFrom": "2025-06-01", "availableTo": "2025-01-01"}""");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String json = response.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.type")).isEqualTo("urn:symbiose:problem:validation");
        List<String> fields = JsonPath.read(json, "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("quantity", "ewc", "availableTo");
        assertThat(flows.listByCompany(new CompanyId(company.id))).isEmpty();
    }

    @Test
    void aDeletionNamesTheVersionItSaw() throws Exception {
        FlowId id =
                flows.insert(FlowRepositoryTest.label(company.id, org.symbiose.engine.flow.Direction.OUT, "Sciure"));

        MockHttpServletResponse response = send(delete("/api/v1/flows/" + id), "");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(response.getContentAsString(), "$.errors[0].field"))
                .isEqualTo("version");
        assertThat(flows.findById(id)).isPresent();
    }

    @Test
    void idsNoFlowOrCompanyHasAreNotFound() throws Exception {
        assertThat(send(put("/api/v1/flows/0"), "{}").getStatus()).isEqualTo(404);
        assertThat(send(delete("/api/v1/flows/-1").param("version", "0"), "").getStatus())
                .isEqualTo(404);
        assertThat(send(post("/api/v1/companies/999999999/flows"), "{\"label\": \"x\", \"direction\": \"in\"}")
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aDiagnosticIsDoneByTheCallingFacilitatorUnlessAnotherIsNamed() throws Exception {
        MockHttpServletResponse created = send(post("/api/v1/companies/" + company.id + "/diagnostics"), """
                {"kind": "THEMATIC", "theme": "pallets", "performedOn": "2025-05-12", "charterSigned": true}""");

        assertThat(created.getStatus()).isEqualTo(201);
        String json = created.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.theme")).isEqualTo("PALLETS");
        assertThat((String) JsonPath.read(json, "$.facilitator")).isEqualTo("animation.adeto");

        MockHttpServletResponse invalid = send(post("/api/v1/companies/" + company.id + "/diagnostics"), """
                {"kind": "THEMATIC", "performedOn": "12 mai", "facilitator": "animation.piicto"}""");
        assertThat(invalid.getStatus()).isEqualTo(400);
        List<String> fields = JsonPath.read(invalid.getContentAsString(), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("theme", "performedOn", "facilitator");
    }

    @Test
    void aCompanysFileInTheCompaniesApiShowsItsFlowsAndDiagnosticsAsTheFlowsApiDoes() throws Exception {
        MockHttpServletResponse flow = send(post("/api/v1/companies/" + company.id + "/flows"), """
                {"label": "Chaleur fatale", "direction": "out", "category": "heat", "quantity": 1250,
                 "unit": "MWh", "period": "year", "temperatureC": 65}""");
        MockHttpServletResponse diagnostic = send(post("/api/v1/companies/" + company.id + "/diagnostics"), """
                {"kind": "FLASH", "performedOn": "2025-05-12", "charterSigned": true}""");
        assertThat(flow.getStatus()).isEqualTo(201);
        assertThat(diagnostic.getStatus()).isEqualTo(201);

        String file = send(get("/api/v1/companies/" + company.id), "").getContentAsString();
        String flowRead = send(get(flow.getHeader("Location")), "").getContentAsString();
        String diagnosticRead = send(get(diagnostic.getHeader("Location")), "").getContentAsString();

        List<Map<String, Object>> flowsInFile = JsonPath.read(file, "$.flows");
        Map<String, Object> flowAlone = JsonPath.read(flowRead, "$");
        assertThat(flowsInFile).containsExactly(flowAlone);
        assertThat(flowAlone).containsEntry("version", 0).containsEntry("unit", "MWh");
        List<Map<String, Object>> diagnosticsInFile = JsonPath.read(file, "$.diagnostics");
        Map<String, Object> diagnosticAlone = JsonPath.read(diagnosticRead, "$");
        assertThat(diagnosticsInFile).containsExactly(diagnosticAlone);
        assertThat(diagnosticAlone).containsEntry("facilitator", "animation.adeto");
    }
}
