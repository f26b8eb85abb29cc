package org.symbiose;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for all full-stack tests: the demo data on an in-memory H2 database, a
 * real server on a random port (for browser tests) and MockMvc. Tests that change data restore it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
public abstract class WebTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected ApplicationContext context;

    @LocalServerPort
    protected int port;

    /** ADETO's six roles, made when a test first asks for them; closed after the test. */
    private SixRoles adetosRoles;

    /** Authenticates a request as a demo account, with its real scope (initiatives, company). */
    protected RequestPostProcessor as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    /**
     * The six roles of an access test on ADETO: its demo coordinator and facilitators, the demo member
     * (of an ADETO company) and, as the member of another company, an account created for a PIICTO
     * company, removed after the test.
     */
    protected SixRoles sixRolesOfAdeto() {
        if (adetosRoles == null) {
            adetosRoles = SixRoles.of(context)
                    .member("membre.adeto")
                    .otherMemberInPiicto()
                    .build();
        }
        return adetosRoles;
    }

    @AfterEach
    void closeAdetosRoles() {
        if (adetosRoles != null) {
            adetosRoles.close();
            adetosRoles = null;
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
