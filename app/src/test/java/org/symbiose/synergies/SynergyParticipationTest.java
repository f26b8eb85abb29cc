package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/**
 * A synergy's participants and flows changed after its creation, on its page and through the API: each
 * change at the version seen, in the history, refused with the reason when the synergy would lose what
 * its kind needs or when the company or flow is not one it may take.
 */
class SynergyParticipationTest extends SynergyTestSupport {

    static final String BOARD = "/initiatives/adeto/synergies";

    @Autowired
    FlowRepository flows;

    /** A third company of ADETO, not in the retained synergy. */
    long third;

    @BeforeEach
    void pickAThirdCompany() {
        third = companies.listActiveByInitiative(new InitiativeId(adeto)).stream()
                .map(c -> c.id().value())
                .filter(id -> id != member && id != other)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFacilitatorAddsAParticipantChangesItsRoleAndRemovesItOnThePage() throws Exception {
        SynergyId id = retained(TITLE);
        String thirdName = companies.namesByInitiative(new InitiativeId(adeto)).get(new CompanyId(third));

        MvcResult added = pagePost(BOARD + "/" + id + "/participants", 0)
                .andParam("companyId", third)
                .andParam("role", "PARTNER")
                .send();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(BOARD + "/" + id + "#participants");
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(synergies.participantsOf(stored(id)))
                .contains(new SynergyParticipant(new CompanyId(third), ParticipantRole.PARTNER));

        pagePost(BOARD + "/" + id + "/participants/" + third, 1)
                .andParam("role", "RECEIVER")
                .send();
        assertThat(synergies.participantsOf(stored(id)))
                .contains(new SynergyParticipant(new CompanyId(third), ParticipantRole.RECEIVER));

        pagePost(BOARD + "/" + id + "/participants/" + third + "/remove", 2).send();
        assertThat(stored(id).participantIds()).containsExactlyInAnyOrder(new CompanyId(member), new CompanyId(other));
        assertThat(followUps.of(id).orElseThrow().version()).isEqualTo(3);
        assertThat(synergies.history(stored(id)))
                .extracting(SynergyChange::field, SynergyChange::from, SynergyChange::to)
                .startsWith(
                        tuple(SynergyChange.Field.PARTICIPANT, third + " RECEIVER", null),
                        tuple(SynergyChange.Field.PARTICIPANT, third + " PARTNER", third + " RECEIVER"),
                        tuple(SynergyChange.Field.PARTICIPANT, null, third + " PARTNER"));

        Document page = page(get(BOARD + "/" + id).with(as("animation.adeto")));
        assertThat(plain(page.select("#history li").text()))
                .contains(plain("entreprise participante\u00a0: — → " + thirdName + " (partenaire)"))
                .contains(plain("entreprise participante\u00a0: " + thirdName + " (receveur) → —"));
        assertThat(page.select("#add-participant select[name=companyId] option").eachAttr("value"))
                .contains(String.valueOf(third))
                .doesNotContain(String.valueOf(member), String.valueOf(other));
    }

    @Test
    void removingTheLastReceiverOfASubstitutionIsRefusedSayingWhy() throws Exception {
        SynergyId id = retained(TITLE);

        MvcResult refused = pagePost(BOARD + "/" + id + "/participants/" + other + "/remove", 0)
                .send();

        assertThat(refused.getFlashMap().get("refusal").toString())
                .isEqualTo("La modification n'a pas été enregistrée. Une substitution garde au moins une entreprise"
                        + " receveuse\u00a0: ajoutez-en une autre avant de retirer celle-ci ou de changer son rôle.");
        assertThat(stored(id).participantIds()).containsExactlyInAnyOrder(new CompanyId(member), new CompanyId(other));
        assertThat(followUps.of(id).orElseThrow().version()).isZero();
        assertThat(synergies.history(stored(id))).hasSize(1);

        MvcResult roleRefused = pagePost(BOARD + "/" + id + "/participants/" + member, 0)
                .andParam("role", "RECEIVER")
                .send();
        assertThat(roleRefused.getFlashMap().get("refusal").toString()).contains("au moins une entreprise fournisseur");
        assertThat(synergies.participantsOf(stored(id)))
                .contains(new SynergyParticipant(new CompanyId(member), ParticipantRole.SUPPLIER));
    }

    @Test
    void aFlowOfAParticipantIsAttachedThenDetachedAndAnotherCompanysFlowIsRefused() throws Exception {
        SynergyId id = retained(TITLE);
        Flow own = firstFlowOf(member);
        Flow foreign = firstFlowOf(third);

        pagePost(BOARD + "/" + id + "/flows", 0).andParam("flowId", own.id()).send();
        assertThat(stored(id).flowIds()).containsExactly(own.id());
        Document page = page(get(BOARD + "/" + id).with(as("animation.adeto")));
        assertThat(page.select("#flows li").text()).contains(own.label());

        MvcResult refused = pagePost(BOARD + "/" + id + "/flows", 1)
                .andParam("flowId", foreign.id())
                .send();
        assertThat(refused.getFlashMap().get("refusal").toString())
                .isEqualTo("La modification n'a pas été enregistrée. Le flux " + foreign.id()
                        + " n'est pas un flux des entreprises participantes\u00a0: rien n'a été enregistré.");
        assertThat(stored(id).flowIds()).containsExactly(own.id());

        pagePost(BOARD + "/" + id + "/flows/" + own.id() + "/remove", 1).send();
        assertThat(stored(id).flowIds()).isEmpty();
        assertThat(synergies.history(stored(id)))
                .extracting(SynergyChange::field, SynergyChange::from, SynergyChange::to)
                .startsWith(
                        tuple(SynergyChange.Field.FLOW, own.id() + " " + own.label(), null),
                        tuple(SynergyChange.Field.FLOW, null, own.id() + " " + own.label()));
    }

    @Test
    void removingAParticipantDetachesItsFlows() throws Exception {
        SynergyId id = retained(TITLE);
        Flow own = firstFlowOf(member);
        pagePost(BOARD + "/" + id + "/participants", 0)
                .andParam("companyId", third)
                .andParam("role", "SUPPLIER")
                .send();
        pagePost(BOARD + "/" + id + "/flows", 1).andParam("flowId", own.id()).send();

        pagePost(BOARD + "/" + id + "/participants/" + member + "/remove", 2).send();

        assertThat(stored(id).participantIds()).containsExactlyInAnyOrder(new CompanyId(other), new CompanyId(third));
        assertThat(stored(id).flowIds()).isEmpty();
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        SynergyId id = retained(TITLE);
        pagePost(BOARD + "/" + id + "/participants", 0)
                .andParam("companyId", third)
                .andParam("role", "PARTNER")
                .send();

        MvcResult stale = pagePost(BOARD + "/" + id + "/participants/" + third + "/remove", 0)
                .send();

        assertThat(stale.getFlashMap().get("refusal").toString())
                .contains("Quelqu'un d'autre a modifié cette synergie");
        assertThat(stored(id).participantIds()).contains(new CompanyId(third));
        MockHttpServletResponse api =
                api(delete("/api/v1/synergies/" + id + "/participants/" + third).param("version", "0"));
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(stored(id).participantIds()).contains(new CompanyId(third));
    }

    @Test
    void theApiAddsChangesAndRemovesParticipantsAndLinksFlows() throws Exception {
        SynergyId id = retained(TITLE);
        String base = "/api/v1/synergies/" + id;

        MockHttpServletResponse added = api(post(base + "/participants")
                .content("{\"companyId\": " + third + ", \"role\": \"PARTNER\", \"version\": 0}"));
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(added.getHeader("Location")).isEqualTo(base + "/participants/" + third);
        assertThat(added.getContentAsString(StandardCharsets.UTF_8)).contains("\"version\":1");
        assertThat(api(get(added.getHeader("Location"))).getContentAsString())
                .isEqualTo("{\"companyId\":" + third + ",\"role\":\"PARTNER\"}");

        assertThat(api(put(base + "/participants/" + third).content("{\"role\": \"RECEIVER\", \"version\": 1}"))
                        .getStatus())
                .isEqualTo(200);
        Flow own = firstFlowOf(third);
        MockHttpServletResponse linked =
                api(post(base + "/flows").content("{\"flowId\": " + own.id() + ", \"version\": 2}"));
        assertThat(linked.getStatus()).isEqualTo(201);
        assertThat(linked.getHeader("Location")).isEqualTo(base + "/flows/" + own.id());
        assertThat(api(get(base + "/flows")).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"flowId\":" + own.id(), "\"companyId\":" + third);
        assertThat(api(delete(base + "/flows/" + own.id()).param("version", "3"))
                        .getStatus())
                .isEqualTo(204);
        assertThat(api(delete(base + "/participants/" + third).param("version", "4"))
                        .getStatus())
                .isEqualTo(204);

        assertThat(stored(id).participantIds()).containsExactlyInAnyOrder(new CompanyId(member), new CompanyId(other));
        assertThat(stored(id).flowIds()).isEmpty();
    }

    @Test
    void theApiRefusesBadInputNamingTheFieldAndChangesNothing() throws Exception {
        SynergyId id = retained(TITLE);
        String base = "/api/v1/synergies/" + id;
        long piictoCompany = companies
                .listByInitiative(initiatives.getBySlug("piicto").id())
                .get(0)
                .id()
                .value();

        MockHttpServletResponse noRole =
                api(post(base + "/participants").content("{\"companyId\": " + third + ", \"version\": 0}"));
        assertThat(noRole.getStatus()).isEqualTo(400);
        assertThat(noRole.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"role\"", "Field “role”: the role is SUPPLIER, RECEIVER or PARTNER");
        MockHttpServletResponse foreign = api(post(base + "/participants")
                .content("{\"companyId\": " + piictoCompany + ", \"role\": \"PARTNER\", \"version\": 0}"));
        assertThat(foreign.getStatus()).isEqualTo(400);
        assertThat(foreign.getContentAsString(StandardCharsets.UTF_8))
                .contains("Company " + piictoCompany + " is not a company of this initiative");
        MockHttpServletResponse lastReceiver =
                api(delete(base + "/participants/" + other).param("version", "0"));
        assertThat(lastReceiver.getStatus()).isEqualTo(400);
        assertThat(lastReceiver.getContentAsString(StandardCharsets.UTF_8))
                .contains("A substitution keeps at least one receiving company");
        assertThat(api(delete(base + "/participants/" + third).param("version", "0"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(api(get("/api/v1/synergies/0/participants")).getStatus()).isEqualTo(404);

        assertThat(stored(id).participantIds()).containsExactlyInAnyOrder(new CompanyId(member), new CompanyId(other));
        assertThat(followUps.of(id).orElseThrow().version()).isZero();
    }

    Flow firstFlowOf(long company) {
        List<Flow> of = flows.listByCompany(new CompanyId(company));
        assertThat(of).as("flows of company %d in the demo", company).isNotEmpty();
        return of.get(0);
    }

    MockHttpServletResponse api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .with(httpBasic("animation.adeto", "demo")))
                .andReturn()
                .getResponse();
    }

    /** A form of the synergy's page, posted by ADETO's facilitator at a version. */
    PagePost pagePost(String path, int version) {
        return new PagePost(post(path).param("version", String.valueOf(version)));
    }

    class PagePost {
        final MockHttpServletRequestBuilder request;

        PagePost(MockHttpServletRequestBuilder request) {
            this.request = request;
        }

        PagePost andParam(String name, Object value) {
            request.param(name, String.valueOf(value));
            return this;
        }

        MvcResult send() throws Exception {
            return mvc.perform(request.with(csrf()).with(as("animation.adeto"))).andReturn();
        }
    }
}
