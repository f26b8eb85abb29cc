package org.symbiose.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Change of one's own password. */
record PasswordForm(
        @NotBlank(message = "{account.error.current}") String current,

        @NotBlank(message = "{account.error.password}") @Size(min = 10, max = 200, message = "{account.error.password}")
        String password,

        String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
