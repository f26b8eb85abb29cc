package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.SixRoles;
import org.symbiose.SixRoles.Who;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * What the synergy tests share: the synergies a test creates in ADETO are deleted after it, with
 * their history (the demo's stay as they were), and a synergy retained as the engine's proposals are.
 */
abstract class SynergyTestSupport extends WebTestBase {

    static final String TITLE = "Synergie de test du tableau";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SynergyService synergies;

    @Autowired
    SynergyRepository repository;

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    @Autowired
    FiguresService figures;

    long lastDemoSynergy;
    long adeto;
    /** The company of membre.adeto, and another company of ADETO. */
    long member;

    long other;

    @BeforeEach
    void rememberDemoSynergies() {
        lastDemoSynergy = jdbc.sql("select coalesce(max(id), 0) from synergy")
                .query(Long.class)
                .single();
        adeto = initiatives.getBySlug("adeto").id().value();
        member = ((SymbioseUser) users.loadUserByUsername("membre.adeto"))
                .companyId()
                .value();
        other = companies.listActiveByInitiative(new InitiativeId(adeto)).stream()
                .map(c -> c.id().value())
                .filter(id -> id != member)
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void deleteTestSynergies() {
        jdbc.sql("delete from synergy where id > ?").param(lastDemoSynergy).update();
        figures.forgetAll();
    }

    /** A proposal retained by ADETO's facilitator, as the opportunities page does: "en perspective". */
    SynergyId retained(String title) {
        UserDetails facilitator = users.loadUserByUsername("animation.adeto");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        facilitator, null, facilitator.getAuthorities()));
        try {
            return synergies.retain(new ProposedSynergy(
                    new InitiativeId(adeto),
                    "test:" + title,
                    SynergyKind.SUBSTITUTION,
                    SynergySubType.MATERIAL,
                    title,
                    "Palettes de l'un, combustible de l'autre",
                    List.of(
                            new ProposedSynergy.Participant(new CompanyId(member), ParticipantRole.SUPPLIER),
                            new ProposedSynergy.Participant(new CompanyId(other), ParticipantRole.RECEIVER)),
                    List.of(),
                    new BigDecimal("120"),
                    Unit.TONNE,
                    Period.YEAR));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Text as Jsoup gives it, which reads no-break spaces as spaces: both sides compared so. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    Synergy stored(SynergyId id) {
        return repository.find(id).orElseThrow();
    }

    Document page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of the page").isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Asks an endpoint ("API …" for the API, "… GET …" for a read) as a role: ADETO's facilitator gets
     * {@code granted} and changes the {@code state} if and only if the endpoint writes; everyone else is
     * refused ({@link SixRoles#assertRefused}), shown none of {@code secrets}, and changes nothing.
     */
    void assertOnlyTheFacilitatorReaches(
            String endpoint,
            Who who,
            MockHttpServletRequestBuilder request,
            int granted,
            Supplier<String> state,
            String... secrets)
            throws Exception {
        String before = state.get();
        boolean api = endpoint.startsWith("API");

        MockHttpServletResponse response = mvc.perform(
                        request.with(sixRolesOfAdeto().as(who, api)))
                .andReturn()
                .getResponse();

        if (who == Who.FACILITATOR) {
            assertThat(response.getStatus()).isEqualTo(granted);
            if (endpoint.contains("GET")) {
                assertThat(state.get()).isEqualTo(before);
            } else {
                assertThat(state.get()).isNotEqualTo(before);
            }
        } else {
            SixRoles.assertRefused(response, who, api, secrets);
            assertThat(state.get()).isEqualTo(before);
        }
    }

    /** An API request that accepts JSON, and sends the body as JSON when there is one. */
    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        request.accept(MediaType.APPLICATION_JSON);
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
