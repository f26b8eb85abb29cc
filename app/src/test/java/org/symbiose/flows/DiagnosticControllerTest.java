package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;

/** A facilitator records, corrects and deletes a company's diagnostics from its file. */
class DiagnosticControllerTest extends FlowTestBase {

    MockHttpServletResponse postAs(String user, String path, String... fields) throws Exception {
        var request = post(path).with(as(user)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aThematicDiagnosticIsRecordedWithItsThemeAndTheFacilitatorWhoDidIt() throws Exception {
        MockHttpServletResponse response = postAs(
                "animation.adeto",
                "/companies/" + company.id + "/diagnostics",
                "kind",
                "THEMATIC",
                "theme",
                "PACKAGING",
                "performedOn",
                "2025-05-12",
                "charterSigned",
                "true",
                "facilitator",
                "animation.adeto");

        assertThat(response.getRedirectedUrl()).isEqualTo("/companies/" + company.id + "#diagnostics");
        assertThat(flows.listDiagnosticsByCompany(new CompanyId(company.id)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.theme()).isEqualTo("PACKAGING");
                    assertThat(d.performedOn()).isEqualTo(LocalDate.of(2025, 5, 12));
                    assertThat(d.charterSigned()).isTrue();
                    assertThat(d.facilitatorUsername()).isEqualTo("animation.adeto");
                });
        String file = page("animation.adeto", "/companies/" + company.id);
        assertThat(file).contains("Saisir les flux").contains("emballages").contains("12 mai 2025");
        assertThat(page(company.member, "/companies/" + company.id))
                .contains("Voir les flux")
                .doesNotContain("Ajouter un diagnostic");
    }

    @Test
    void aFormWithErrorsIsShownAgainWithAMessageUnderEachFieldAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response = postAs(
                "animation.adeto",
                "/companies/" + company.id + "/diagnostics",
                "kind",
                "THEMATIC",
                "theme",
                "",
                "performedOn",
                "31/02/2025",
                "facilitator",
                "animation.piicto");

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html)
                .contains("Un diagnostic thématique demande son thème")
                .contains("«\u00a031/02/2025\u00a0» n’est pas une date")
                .contains("«\u00a0animation.piicto\u00a0» n’anime pas la démarche");
        assertThat(flows.listDiagnosticsByCompany(new CompanyId(company.id))).isEmpty();
    }

    @Test
    void aDiagnosticIsCorrectedThenDeletedAfterConfirmation() throws Exception {
        DiagnosticId id = flows.insertDiagnostic(new FlowDiagnostic(
                null, new CompanyId(company.id), DiagnosticKind.FLASH, null, LocalDate.of(2025, 1, 10), false));
        String path = "/companies/" + company.id + "/diagnostics/" + id;
        assertThat(page("animation.adeto", path + "/edit")).contains("value=\"2025-01-10\"");

        postAs("animation.adeto", path, "kind", "FULL", "performedOn", "2025-01-11", "version", "0");
        assertThat(flows.findDiagnostic(id).orElseThrow().kind()).isEqualTo(DiagnosticKind.FULL);

        assertThat(page("animation.adeto", path + "/delete")).contains("Supprimer ce diagnostic\u00a0?");
        assertThat(postAs("animation.adeto", path + "/delete", "version", "0").getStatus())
                .as("the version seen is now old")
                .isEqualTo(409);
        postAs("animation.adeto", path + "/delete", "version", "1");
        assertThat(flows.findDiagnostic(id)).isEmpty();
    }
}
