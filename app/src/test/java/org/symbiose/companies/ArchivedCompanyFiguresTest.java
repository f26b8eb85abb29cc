package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.symbiose.flows.DiagnosticKind;
import org.symbiose.flows.FlowDiagnostic;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.ComputedFigures;
import org.symbiose.impacts.Metric;

/**
 * An archived company left the initiative: the computed figures no longer count it among the companies
 * engaged or the carrier's members, although its diagnostics stay in the history and the count of
 * diagnostics performed (docs/methodology.md).
 */
class ArchivedCompanyFiguresTest extends CompanyTestSupport {

    @Autowired
    FlowRepository flows;

    @Test
    void anArchivedCompanyIsNeitherEngagedNorAMemberAndCountsAgainOnceRestored() throws Exception {
        ComputedFigures before = figures.compute(new InitiativeId(adeto));
        Company company = saved("Palettes archivées du Brusc");
        flows.insertDiagnostic(
                new FlowDiagnostic(null, company.id(), DiagnosticKind.FULL, null, LocalDate.of(2026, 3, 2), false));
        figures.forgetAll();

        ComputedFigures recorded = figures.compute(new InitiativeId(adeto));
        assertThat(difference(before, recorded, Metric.COMPANIES_ENGAGED)).isEqualTo(1);
        assertThat(difference(before, recorded, Metric.MEMBER_COMPANIES)).isEqualTo(1);

        String file = "/companies/" + company.id().value();
        postForm(file + "/archive", "animation.adeto", version(file, "archive")).andExpect(redirectedUrl(file));

        ComputedFigures archived = figures.compute(new InitiativeId(adeto));
        assertThat(difference(before, archived, Metric.COMPANIES_ENGAGED)).isZero();
        assertThat(difference(before, archived, Metric.MEMBER_COMPANIES)).isZero();
        assertThat(difference(before, archived, Metric.DIAGNOSTICS)).isEqualTo(1);

        postForm(file + "/restore", "animation.adeto", version(file, "restore")).andExpect(redirectedUrl(file));

        ComputedFigures restored = figures.compute(new InitiativeId(adeto));
        assertThat(difference(before, restored, Metric.COMPANIES_ENGAGED)).isEqualTo(1);
        assertThat(difference(before, restored, Metric.MEMBER_COMPANIES)).isEqualTo(1);
    }

    private static int difference(ComputedFigures before, ComputedFigures after, Metric metric) {
        return after.get(metric).subtract(before.get(metric)).intValueExact();
    }

    /** The version the company's file shows in its archive or restore form. */
    private LinkedMultiValueMap<String, String> version(String file, String action) throws Exception {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add(
                "version",
                page(get(file).with(as("animation.adeto")))
                        .select("form:has(#" + action + ") input[name=version]")
                        .val());
        return fields;
    }
}
