package org.symbiose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.Role;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * The six roles an access test asks every endpoint as (issue 12, item 8): anonymous, the network
 * coordinator, a facilitator of the initiative, a facilitator of another, a member of the company and a
 * member of another company. The facilitators are ADETO's and PIICTO's demo accounts by default; the
 * members are demo accounts or accounts created for the test (password {@code demo}), which
 * {@link #close} removes. A page request is authenticated as the account with its real scope, an API
 * request with HTTP Basic, as the application sees them.
 */
public final class SixRoles implements AutoCloseable {

    /** Who asks. */
    public enum Who {
        ANONYMOUS,
        COORDINATOR,
        FACILITATOR,
        OTHER_FACILITATOR,
        MEMBER,
        OTHER_MEMBER
    }

    public static final String PASSWORD = "demo";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Map<Who, String> usernames;
    private final List<String> created;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    private SixRoles(Map<Who, String> usernames, List<String> created, ApplicationContext context) {
        this.usernames = usernames;
        this.created = created;
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /**
     * Starts the six roles of ADETO, with its demo coordinator and facilitators (another initiative's
     * test names its own); members still to name.
     */
    public static Builder of(ApplicationContext context) {
        return new Builder(context);
    }

    /** Every endpoint named, as every role: the arguments of a parameterised access test. */
    public static Stream<Arguments> everyEndpointForEveryone(List<String> endpoints) {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : endpoints) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who));
            }
        }
        return cases.stream();
    }

    /**
     * What a role that may not reach an endpoint gets: the anonymous visitor is sent to log in (pages) or
     * asked to authenticate (API, 401); anyone else a 403 that shows none of {@code secrets}.
     */
    public static void assertRefused(MockHttpServletResponse response, Who who, boolean api, String... secrets)
            throws UnsupportedEncodingException {
        if (who == Who.ANONYMOUS && api) {
            assertThat(response.getStatus()).isEqualTo(401);
        } else if (who == Who.ANONYMOUS) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain(secrets);
        }
    }

    /** The account's username; {@code null} for the anonymous visitor. */
    public String username(Who who) {
        return usernames.get(who);
    }

    /** A page request as this role (the anonymous visitor's is left as it is). */
    public RequestPostProcessor page(Who who) {
        return who == Who.ANONYMOUS ? request -> request : user(users.loadUserByUsername(username(who)));
    }

    /** An API request as this role, by HTTP Basic (the anonymous visitor's is left as it is). */
    public RequestPostProcessor api(Who who) {
        return who == Who.ANONYMOUS ? request -> request : httpBasic(username(who), PASSWORD);
    }

    /** A request as this role: by HTTP Basic for the API, else as a page's session with its CSRF token. */
    public RequestPostProcessor as(Who who, boolean api) {
        return api ? api(who) : request -> csrf().postProcessRequest(page(who).postProcessRequest(request));
    }

    /** Removes the member accounts created for the test. */
    @Override
    public void close() {
        for (String username : created) {
            jdbc.sql("delete from account where username = ?").param(username).update();
        }
    }

    /** Names the members: a demo account, or one created for a company. */
    public static final class Builder {

        private final ApplicationContext context;
        private final Map<Who, String> usernames = new EnumMap<>(Who.class);
        private final List<String> created = new ArrayList<>();

        private Builder(ApplicationContext context) {
            this.context = context;
            usernames.put(Who.COORDINATOR, "reseau");
            usernames.put(Who.FACILITATOR, "animation.adeto");
            usernames.put(Who.OTHER_FACILITATOR, "animation.piicto");
        }

        /** The facilitator of the initiative, when it is not ADETO's demo account. */
        public Builder facilitator(String username) {
            usernames.put(Who.FACILITATOR, username);
            return this;
        }

        /** The facilitator of another initiative, when it is not PIICTO's demo account. */
        public Builder otherFacilitator(String username) {
            usernames.put(Who.OTHER_FACILITATOR, username);
            return this;
        }

        /** The member of the company: an existing account. */
        public Builder member(String username) {
            usernames.put(Who.MEMBER, username);
            return this;
        }

        /** The member of the company: an account created for it. */
        public Builder memberOf(long companyId) {
            return member(create(companyId));
        }

        /** The member of another company: an existing account. */
        public Builder otherMember(String username) {
            usernames.put(Who.OTHER_MEMBER, username);
            return this;
        }

        /** The member of another company: an account created for it. */
        public Builder otherMemberOf(long companyId) {
            return otherMember(create(companyId));
        }

        /** The member of another company: an account created for the first company of PIICTO. */
        public Builder otherMemberInPiicto() {
            long piicto = context.getBean(InitiativeRepository.class)
                    .getBySlug("piicto")
                    .id()
                    .value();
            long company = context.getBean(CompanyRepository.class)
                    .listByInitiative(new InitiativeId(piicto))
                    .get(0)
                    .id()
                    .value();
            return otherMemberOf(company);
        }

        public SixRoles build() {
            for (Who who : List.of(Who.MEMBER, Who.OTHER_MEMBER)) {
                if (!usernames.containsKey(who)) {
                    throw new IllegalStateException("no account named for " + who);
                }
            }
            return new SixRoles(usernames, created, context);
        }

        private String create(long companyId) {
            String username = "test.membre." + companyId + "." + COUNTER.incrementAndGet();
            context.getBean(AccountRepository.class)
                    .create(
                            username,
                            context.getBean(PasswordEncoder.class).encode(PASSWORD),
                            Role.MEMBER,
                            "Membre d'essai",
                            List.of(),
                            new CompanyId(companyId));
            created.add(username);
            return username;
        }
    }
}
