package org.symbiose.flows;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A flow diagnostic of one company.
 *
 * @param theme for thematic diagnostics ("BIOWASTE", "PALLETS"), null otherwise
 * @param charterSigned whether the company signed the confidentiality charter first
 */
public record FlowDiagnostic(
        Long id, long companyId, DiagnosticKind kind, String theme, LocalDate performedOn, boolean charterSigned) {

    public FlowDiagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(performedOn, "performedOn");
        if (kind == DiagnosticKind.THEMATIC && (theme == null || theme.isBlank())) {
            throw new IllegalArgumentException("a thematic diagnostic needs a theme");
        }
    }
}
