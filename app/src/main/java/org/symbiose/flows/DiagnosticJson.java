package org.symbiose.flows;

import java.time.LocalDate;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;

/**
 * A flow diagnostic as the API publishes it, with its facilitator and its version: one shape in the flows
 * API and in a company's file of the companies API.
 */
public record DiagnosticJson(
        DiagnosticId id,
        CompanyId companyId,
        int version,
        String kind,
        String theme,
        LocalDate performedOn,
        boolean charterSigned,
        String facilitator,
        String facilitatorName) {

    public static DiagnosticJson of(FlowDiagnostic d) {
        return new DiagnosticJson(
                d.id(),
                d.companyId(),
                d.version(),
                d.kind().name(),
                d.theme(),
                d.performedOn(),
                d.charterSigned(),
                d.facilitatorUsername(),
                d.facilitatorName());
    }
}
