package org.symbiose.flows;

import java.time.LocalDate;
import java.util.Objects;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;

/**
 * A flow diagnostic of one company.
 *
 * @param theme for thematic diagnostics, a {@link DiagnosticTheme} name ("BIOWASTE", "PALLETS"), null otherwise
 * @param charterSigned whether the company signed the confidentiality charter first
 * @param facilitatorUsername the account of the facilitator who did it, null when not recorded (imports)
 * @param facilitatorName that facilitator's name as it was then, null when not recorded
 * @param version how many times it was edited: an edit or a deletion names the version it saw
 */
public record FlowDiagnostic(
        DiagnosticId id,
        CompanyId companyId,
        DiagnosticKind kind,
        String theme,
        LocalDate performedOn,
        boolean charterSigned,
        String facilitatorUsername,
        String facilitatorName,
        int version) {

    /** A diagnostic without a recorded facilitator, as imports and the demo data give it. */
    public FlowDiagnostic(
            DiagnosticId id,
            CompanyId companyId,
            DiagnosticKind kind,
            String theme,
            LocalDate performedOn,
            boolean charterSigned) {
        this(id, companyId, kind, theme, performedOn, charterSigned, null, null, 0);
    }

    public FlowDiagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(performedOn, "performedOn");
        if (kind == DiagnosticKind.THEMATIC && (theme == null || theme.isBlank())) {
            throw new IllegalArgumentException("a thematic diagnostic needs a theme");
        }
    }
}
