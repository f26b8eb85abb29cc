package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.symbiose.TestDatabases;

/** A production installation starts with one network coordinator account, never with none. */
class AccountBootstrapTest {

    final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final AccountRepository accounts = new AccountRepository(JdbcClient.create(TestDatabases.fresh("h2")));

    @Test
    void createsTheCoordinatorWithTheConfiguredPasswordOnce() {
        new AccountBootstrap(accounts, passwords, "s3cret-du-reseau").run(null);
        new AccountBootstrap(accounts, passwords, "another").run(null);

        assertThat(accounts.listUsernames()).containsExactly("reseau");
        SymbioseUser coordinator = accounts.findByUsername("reseau").orElseThrow();
        assertThat(coordinator.role()).isEqualTo(Role.NETWORK);
        assertThat(passwords.matches("s3cret-du-reseau", coordinator.getPassword()))
                .isTrue();
        assertThat(passwords.matches("another", coordinator.getPassword())).isFalse();
    }

    @Test
    void generatesAPasswordWhenNoneIsConfigured() {
        new AccountBootstrap(accounts, passwords, "").run(null);

        SymbioseUser coordinator = accounts.findByUsername("reseau").orElseThrow();
        assertThat(passwords.matches("", coordinator.getPassword())).isFalse();
        assertThat(coordinator.getPassword()).startsWith("{bcrypt}");
    }

    @Test
    void leavesExistingAccountsAlone() {
        accounts.create("animation.adeto", passwords.encode("x"), Role.FACILITATOR, "Animation", List.of(), null);

        new AccountBootstrap(accounts, passwords, "s3cret").run(null);

        assertThat(accounts.listUsernames()).containsExactly("animation.adeto");
    }
}
