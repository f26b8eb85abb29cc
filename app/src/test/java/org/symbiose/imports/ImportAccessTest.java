package org.symbiose.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.FlowRepository;
import org.symbiose.imports.ImportTestData.Snapshot;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every endpoint of imports and exports for every role, on ADETO: its facilitators only; anonymous
 * visitors are sent to the login page (pages) or answered 401 (API); everyone else 403. Nothing is
 * written (uploads are previews), which the snapshot of ADETO's data checks.
 */
class ImportAccessTest extends WebTestBase {

    static final String UNKNOWN_JOB = "0123456789abcdef01234567";

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    @Autowired
    FlowRepository flows;

    /** The member is the demo's, of an ADETO company; the other member is one of a PIICTO company. */
    SixRoles roles;

    long adeto;

    @BeforeEach
    void sixRoles() {
        adeto = initiatives.getBySlug("adeto").id().value();
        roles = sixRolesOfAdeto();
    }

    MockMultipartFile file() throws Exception {
        return new MockMultipartFile(
                "file", "a.zip", "application/zip", ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS));
    }

    List<AbstractMockHttpServletRequestBuilder<?>> pages() throws Exception {
        String base = "/initiatives/adeto/";
        return List.of(
                get(base + "imports"),
                multipart(base + "imports").file(file()).with(csrf()),
                get(base + "imports/" + UNKNOWN_JOB),
                get(base + "imports/" + UNKNOWN_JOB + "/progress"),
                post(base + "imports/" + UNKNOWN_JOB + "/confirm").with(csrf()),
                get(base + "imports/template.zip"),
                get(base + "imports/template.xlsx"),
                get(base + "export.zip"),
                get(base + "export.xlsx"),
                get(base + "sites.geojson"));
    }

    List<AbstractMockHttpServletRequestBuilder<?>> api() throws Exception {
        String base = "/api/v1/initiatives/" + adeto + "/";
        return List.of(
                multipart(base + "imports").file(file()),
                post(base + "imports/" + UNKNOWN_JOB),
                get(base + "export.zip"),
                get(base + "export.xlsx"),
                get(base + "sites.geojson"));
    }

    /** "METHOD path → status" for each request as the given role. */
    List<String> answers(List<AbstractMockHttpServletRequestBuilder<?>> requests, Who who, boolean basic)
            throws Exception {
        var result = new ArrayList<String>();
        for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
            request.with(basic ? roles.api(who) : roles.page(who));
            var response = mvc.perform(request).andReturn();
            var sent = response.getRequest();
            result.add(sent.getMethod() + " " + sent.getRequestURI() + " "
                    + response.getResponse().getStatus());
        }
        return result;
    }

    static List<String> expect(List<String> answers, int... statuses) {
        var expected = new ArrayList<String>();
        for (int i = 0; i < answers.size(); i++) {
            String answer = answers.get(i);
            expected.add(answer.substring(0, answer.lastIndexOf(' ') + 1) + statuses[statuses.length == 1 ? 0 : i]);
        }
        return expected;
    }

    @Test
    void onlyTheInitiativesFacilitatorsImportAndExport() throws Exception {
        Snapshot before = Snapshot.of(adeto, companies, flows);

        var anonymousPages = answers(pages(), Who.ANONYMOUS, false);
        assertThat(anonymousPages).isEqualTo(expect(anonymousPages, 302));
        var anonymousApi = answers(api(), Who.ANONYMOUS, true);
        assertThat(anonymousApi).isEqualTo(expect(anonymousApi, 401));
        for (Who refused : List.of(Who.COORDINATOR, Who.OTHER_FACILITATOR, Who.MEMBER, Who.OTHER_MEMBER)) {
            var pages = answers(pages(), refused, false);
            assertThat(pages).as(refused.name()).isEqualTo(expect(pages, 403));
            var api = answers(api(), refused, true);
            assertThat(api).as(refused.name()).isEqualTo(expect(api, 403));
        }
        var facilitatorPages = answers(pages(), Who.FACILITATOR, false);
        assertThat(facilitatorPages)
                .isEqualTo(expect(facilitatorPages, 200, 302, 404, 404, 404, 200, 200, 200, 200, 200));
        var facilitatorApi = answers(api(), Who.FACILITATOR, true);
        assertThat(facilitatorApi).isEqualTo(expect(facilitatorApi, 200, 404, 200, 200, 200));

        assertThat(Snapshot.of(adeto, companies, flows)).isEqualTo(before);
    }
}
