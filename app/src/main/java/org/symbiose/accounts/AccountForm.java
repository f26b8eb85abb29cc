package org.symbiose.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account, as the network coordinator fills it.
 *
 * @param initiativeId the initiative a facilitator runs; required for facilitators
 * @param companyId the company of a member; required for members
 */
record AccountForm(
        @NotBlank(message = "{account.error.username}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{account.error.username}")
        String username,

        @NotBlank(message = "{account.error.displayName}") @Size(max = 200, message = "{account.error.displayName}")
        String displayName,

        @NotNull(message = "{account.error.role}") Role role,
        Long initiativeId,
        Long companyId,

        @NotBlank(message = "{account.error.password}") @Size(min = 10, max = 200, message = "{account.error.password}")
        String password) {

    static AccountForm empty() {
        return new AccountForm("", "", Role.FACILITATOR, null, null, "");
    }
}
