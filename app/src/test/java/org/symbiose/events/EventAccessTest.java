package org.symbiose.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Every events endpoint for every role: only ADETO's facilitators read and write ADETO's events; the
 * anonymous visitor is sent to the login page, everyone else gets a 403 and changes nothing: the
 * coordinator (attendance names companies), PIICTO's facilitator, the member of the attending company
 * and a member of another company.
 */
class EventAccessTest extends WebTestBase {

    static final String TITLE = "Réunion de test des accès";

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventRepository events;

    @Autowired
    FiguresService figures;

    @Autowired
    JdbcClient jdbc;

    SixRoles roles;
    long adeto;
    long company;
    long event;

    @BeforeEach
    void recordAnEvent() {
        roles = SixRoles.of(context)
                .member("membre.adeto")
                .otherMemberInPiicto()
                .build();
        adeto = initiatives.getBySlug("adeto").id().value();
        company = ((SymbioseUser) users.loadUserByUsername("membre.adeto")).companyId();
        event = events.insert(new Event(
                null,
                new InitiativeId(adeto),
                EventKind.MEETING,
                TITLE,
                LocalDate.of(2024, 5, 2),
                null,
                null,
                null,
                List.of(new CompanyId(company))));
        figures.forgetAll();
    }

    @AfterEach
    void deleteTestEvents() {
        roles.close();
        for (Event e : events.listByInitiative(new InitiativeId(adeto))) {
            if (e.title().startsWith(TITLE)) {
                events.delete(
                        new InitiativeId(adeto),
                        e.id(),
                        events.version(new InitiativeId(adeto), e.id()).orElseThrow());
            }
        }
        jdbc.sql("delete from event_change where title like ?")
                .param(TITLE + "%")
                .update();
        figures.forgetAll();
    }

    static Stream<Arguments> everyEndpointForEveryone() {
        return SixRoles.everyEndpointForEveryone(
                List.of("GET list", "GET new", "POST create", "GET edit", "POST update", "GET delete", "POST delete"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryone")
    void onlyTheInitiativesFacilitatorsReachTheirEvents(String endpoint, Who who) throws Exception {
        List<Event> before = events.listByInitiative(new InitiativeId(adeto));

        MockHttpServletResponse response = mvc.perform(
                        request(endpoint).with(csrf()).with(roles.page(who)))
                .andReturn()
                .getResponse();

        switch (who) {
            case FACILITATOR -> {
                if (endpoint.startsWith("GET")) {
                    assertThat(response.getStatus()).isEqualTo(200);
                } else {
                    assertThat(response.getStatus()).isEqualTo(302);
                    assertThat(response.getRedirectedUrl()).isEqualTo("/initiatives/adeto/events");
                    assertThat(events.listByInitiative(new InitiativeId(adeto))).isNotEqualTo(before);
                }
            }
            case ANONYMOUS -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/login");
                assertThat(events.listByInitiative(new InitiativeId(adeto))).isEqualTo(before);
            }
            default -> {
                assertThat(response.getStatus()).isEqualTo(403);
                assertThat(response.getContentAsString()).doesNotContain(TITLE);
                assertThat(events.listByInitiative(new InitiativeId(adeto))).isEqualTo(before);
            }
        }
    }

    MockHttpServletRequestBuilder request(String endpoint) {
        String base = "/initiatives/adeto/events";
        return switch (endpoint) {
            case "GET list" -> get(base);
            case "GET new" -> get(base + "/new");
            case "POST create" -> form(post(base), TITLE + " (nouvelle)");
            case "GET edit" -> get(base + "/" + event + "/edit");
            case "POST update" -> form(post(base + "/" + event).param("version", "0"), TITLE + " (modifiée)");
            case "GET delete" -> get(base + "/" + event + "/delete");
            case "POST delete" -> post(base + "/" + event + "/delete").param("version", "0");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
        return request.param("kind", "MEETING")
                .param("title", title)
                .param("heldOn", "2024-05-03")
                .param("attendees", String.valueOf(company));
    }
}
