package org.symbiose.initiatives;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.Errors;

/** Strategic and technical steering, partners and local public policies, one item per line. */
record GovernanceForm(
        @Size(max = 20000, message = "{edit.error.strategic.size}")
        String strategic,

        @Size(max = 20000, message = "{edit.error.technical.size}")
        String technical,

        @Size(max = 20000, message = "{edit.error.partners.size}")
        String partners,

        @Size(max = 20000, message = "{edit.error.publicPolicies.size}")
        String publicPolicies)
        implements SheetForm {

    static GovernanceForm of(Initiative initiative, Locale locale) {
        Governance governance = initiative.governance();
        return new GovernanceForm(
                FormValues.lines(governance.strategic()),
                FormValues.lines(governance.technical()),
                FormValues.lines(governance.partners()),
                FormValues.lines(governance.publicPolicies()));
    }

    @Override
    public void check(Errors errors) {
        // Each line is an item: nothing to cross-check.
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        return initiative.reviseGovernance(new Governance(
                FormValues.lines(strategic),
                FormValues.lines(technical),
                FormValues.lines(partners),
                FormValues.lines(publicPolicies)));
    }
}
