package org.symbiose.flows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.validation.Errors;
import org.symbiose.accounts.AccountRepository.AccountSummary;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;

/**
 * The diagnostic form, or the body of the diagnostics API, as typed.
 *
 * @param charterSigned "true" (or "on", a checked box) when the charter was signed, blank or "false" otherwise
 * @param facilitator the username of the facilitator who did it; blank for the current account
 * @param version the version the form was loaded at, for an edit
 */
public record DiagnosticForm(
        String kind, String theme, String performedOn, String facilitator, String charterSigned, String version) {

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static DiagnosticForm of(FlowDiagnostic d) {
        return new DiagnosticForm(
                d.kind().name(),
                d.theme() == null ? "" : d.theme(),
                d.performedOn().toString(),
                d.facilitatorUsername(),
                String.valueOf(d.charterSigned()),
                String.valueOf(d.version()));
    }

    /**
     * The diagnostic the form stands for, errors added by field; null when there is any.
     *
     * @param facilitators the initiative's facilitators, among whom the one named must be
     * @param current the account filling in the form, the facilitator when none is named
     */
    FlowDiagnostic read(
            DiagnosticId id,
            CompanyId companyId,
            List<AccountSummary> facilitators,
            AccountSummary current,
            Errors errors) {
        DiagnosticKind diagnosticKind = null;
        try {
            diagnosticKind = DiagnosticKind.valueOf(FlowRowReader.text(kind) == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("kind", "flows.diagnostic.error.kind");
        }
        DiagnosticTheme chosen = null;
        if (diagnosticKind == DiagnosticKind.THEMATIC) {
            chosen = DiagnosticTheme.find(theme).orElse(null);
            if (chosen == null) {
                errors.rejectValue("theme", "flows.diagnostic.error.theme");
            }
        }
        LocalDate date = date(errors);
        AccountSummary who = current;
        if (FlowRowReader.text(facilitator) != null) {
            who = facilitators.stream()
                    .filter(a -> a.username().equals(facilitator.strip()))
                    .findFirst()
                    .orElse(null);
            if (who == null) {
                errors.rejectValue(
                        "facilitator", "flows.diagnostic.error.facilitator", new Object[] {facilitator}, null);
            }
        }
        boolean charter = false;
        String signed = FlowRowReader.text(charterSigned);
        if (signed != null) {
            switch (signed.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "on" -> charter = true;
                case "false" -> charter = false;
                default ->
                    errors.rejectValue("charterSigned", "flows.diagnostic.error.charter", new Object[] {signed}, null);
            }
        }
        int seen = 0;
        if (id != null) {
            try {
                seen = Integer.parseInt(version == null ? "" : version.strip());
            } catch (NumberFormatException e) {
                errors.rejectValue("version", "flows.error.version");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new FlowDiagnostic(
                id,
                companyId,
                diagnosticKind,
                chosen == null ? null : chosen.name(),
                date,
                charter,
                who.username(),
                who.displayName(),
                seen);
    }

    private LocalDate date(Errors errors) {
        String text = FlowRowReader.text(performedOn);
        if (text == null) {
            errors.rejectValue("performedOn", "flows.diagnostic.error.date.required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, FRENCH_DATE);
            } catch (DateTimeParseException french) {
                errors.rejectValue("performedOn", "flows.diagnostic.error.date", new Object[] {text}, null);
                return null;
            }
        }
    }
}
