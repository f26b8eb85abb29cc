package org.symbiose.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.ids.EntityId;

/**
 * Every page of a kind of collective action for every role: only ADETO's facilitators read and write
 * ADETO's actions; the anonymous visitor is sent to the login page, everyone else gets a 403 that names
 * no action and changes nothing: the coordinator (the companies that take part are confidential),
 * PIICTO's facilitator, the member of the company taking part and a member of a PIICTO company. A
 * kind's test records the action the pages are asked about.
 */
public abstract class CollectiveActionAccessTestSupport<I extends EntityId, A extends CollectiveAction<I>>
        extends CollectiveActionTestSupport<I, A> {

    static final List<String> ENDPOINTS =
            List.of("GET list", "GET new", "POST create", "GET edit", "POST update", "GET delete", "POST delete");

    /** The company of ADETO's demo member, which takes part in the action. */
    protected long company;

    protected I action;

    protected CollectiveActionAccessTestSupport(ActionKind<I, A> kind, String title) {
        super(kind, title);
    }

    /** Records an action of ADETO in which {@link #company} takes part; answers its id. */
    protected abstract I record();

    @BeforeEach
    void recordAnAction() {
        company = ((SymbioseUser) users.loadUserByUsername("membre.adeto"))
                .companyId()
                .value();
        action = record();
        figures.forgetAll();
    }

    static Stream<Arguments> everyEndpointForEveryone() {
        return SixRoles.everyEndpointForEveryone(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void onlyTheInitiativesFacilitatorsReachTheirActions(String endpoint, Who who) throws Exception {
        List<A> before = store().listByInitiative(adeto);

        MockHttpServletResponse response = mvc.perform(
                        request(endpoint).with(sixRolesOfAdeto().as(who, false)))
                .andReturn()
                .getResponse();

        switch (who) {
            case FACILITATOR -> {
                if (endpoint.startsWith("GET")) {
                    assertThat(response.getStatus()).isEqualTo(200);
                } else {
                    assertThat(response.getStatus()).isEqualTo(302);
                    assertThat(response.getRedirectedUrl()).isEqualTo(path());
                    assertThat(store().listByInitiative(adeto)).isNotEqualTo(before);
                }
            }
            default -> {
                SixRoles.assertRefused(response, who, false, title());
                assertThat(store().listByInitiative(adeto)).isEqualTo(before);
            }
        }
    }

    MockHttpServletRequestBuilder request(String endpoint) {
        String one = path() + "/" + action;
        return switch (endpoint) {
            case "GET list" -> get(path());
            case "GET new" -> get(path() + "/new");
            case "POST create" -> form(post(path()), title() + " (nouvelle)");
            case "GET edit" -> get(one + "/edit");
            case "POST update" -> form(post(one).param("version", "0"), title() + " (modifiée)");
            case "GET delete" -> get(one + "/delete");
            case "POST delete" -> post(one + "/delete").param("version", "0");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** The request with a valid form of the given title, {@link #company} taking part. */
    protected abstract MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title);
}
