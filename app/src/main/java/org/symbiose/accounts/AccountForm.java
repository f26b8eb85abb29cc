package org.symbiose.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account, invited by the network coordinator or by an initiative's facilitator. No password:
 * the invited person sets their own through the link.
 *
 * @param initiativeId the initiative a facilitator runs; required for facilitators (coordinator's form)
 * @param companyId the company of a member; required for members (facilitators' form)
 */
record AccountForm(
        @NotBlank(message = "{account.error.username}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{account.error.username}")
        String username,

        @NotBlank(message = "{account.error.displayName}") @Size(max = 200, message = "{account.error.displayName}")
        String displayName,

        @NotNull(message = "{account.error.role}") Role role,
        Long initiativeId,
        Long companyId) {

    static AccountForm empty(Role role) {
        return new AccountForm("", "", role, null, null);
    }

    Invitations.NewAccount toNewAccount() {
        return new Invitations.NewAccount(username, displayName.strip(), role, initiativeId, companyId);
    }
}
