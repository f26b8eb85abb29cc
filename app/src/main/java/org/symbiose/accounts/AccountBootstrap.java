package org.symbiose.accounts;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure an installation is never locked out: when no account exists after start-up (a
 * production database without demo data), creates the network coordinator's account. Its password
 * is {@code SYMBIOSE_ADMIN_PASSWORD} when set, otherwise generated and written once to the log.
 */
@Component
@Order(100)
class AccountBootstrap implements ApplicationRunner {

    static final String USERNAME = "reseau";
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final String configuredPassword;

    AccountBootstrap(
            AccountRepository accounts,
            PasswordEncoder passwords,
            @Value("${symbiose.admin-password:${SYMBIOSE_ADMIN_PASSWORD:}}") String configuredPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.listUsernames().isEmpty()) {
            return;
        }
        String password = configuredPassword.isBlank() ? generated() : configuredPassword;
        accounts.create(USERNAME, passwords.encode(password), Role.NETWORK, "Coordination du réseau", List.of(), null);
        if (configuredPassword.isBlank()) {
            log.warn(
                    "No account existed: created network coordinator '{}' with password '{}'. Change it after"
                            + " logging in, or set SYMBIOSE_ADMIN_PASSWORD before the first start.",
                    USERNAME,
                    password);
        } else {
            log.info("No account existed: created network coordinator '{}' with SYMBIOSE_ADMIN_PASSWORD.", USERNAME);
        }
    }

    private static String generated() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
