package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;

/** Creating a synergy by hand, its page, the edit of its follow-up, and the forms' errors in both languages. */
class SynergyPageTest extends SynergyTestSupport {

    static final String BASE = "/initiatives/adeto/synergies";

    @Test
    void aSynergyCreatedByHandHasItsParticipantsRolesQuantitiesAndHistory() throws Exception {
        MockHttpServletResponse created = mvc.perform(creation(TITLE)
                        .param("plannedValue", "1 200,5")
                        .param("plannedUnit", "TONNE")
                        .param("plannedPeriod", "YEAR")
                        .param("startedOn", "01/04/2024")
                        .param("nextStep", "Visite de la chaufferie")
                        .param("nextStepOwner", "Jeanne Martin"))
                .andReturn()
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getRedirectedUrl().substring((BASE + "/").length()));
        Synergy synergy = stored(new SynergyId(id));
        assertThat(synergy.status()).isEqualTo(SynergyStatus.PERSPECTIVE);
        assertThat(synergy.kind()).isEqualTo(SynergyKind.MUTUALISATION);
        assertThat(repository.participants(new SynergyId(id)))
                .containsExactlyInAnyOrder(
                        new SynergyParticipant(new CompanyId(member), ParticipantRole.PARTNER),
                        new SynergyParticipant(new CompanyId(other), ParticipantRole.SUPPLIER));
        Document page = page(get(BASE + "/" + id).with(as("animation.adeto")));
        assertThat(plain(page.getElementById("planned").text())).isEqualTo(plain("1\u202f200,5\u00a0t par an"));
        assertThat(page.getElementById("started-on").text()).isEqualTo("1 avril 2024");
        assertThat(page.getElementById("next-step").text()).contains("Visite de la chaufferie", "Jeanne Martin");
        assertThat(page.getElementById("participants").text())
                .contains(
                        companies.namesByInitiative(new InitiativeId(adeto)).get(new CompanyId(member)),
                        "partenaire",
                        "fournisseur");
        assertThat(page.select("#history li").eachText())
                .singleElement()
                .asString()
                .contains("animation.adeto", "synergie créée à la main");
        assertThat(page.select(".synergy-move button").eachText()).containsExactly("Démarrer");
    }

    @Test
    void anEditOfTheFollowUpIsSavedAtItsVersionAndEachChangeIsInTheHistory() throws Exception {
        SynergyId id = retained(TITLE);

        MockHttpServletResponse saved = mvc.perform(edit(id, 0)
                        .param("nextStep", "Signer la convention")
                        .param("plannedValue", "120")
                        .param("plannedUnit", "TONNE")
                        .param("measuredValue", "98")
                        .param("measuredUnit", "TONNE")
                        .param("measuredPeriod", "YEAR"))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        Document page = page(get(BASE + "/" + id).with(as("animation.adeto")));
        assertThat(plain(page.getElementById("measured").text())).isEqualTo(plain("98\u00a0t par an"));
        assertThat(page.select("#history li").eachText().stream().map(SynergyTestSupport::plain))
                .anySatisfy(line -> assertThat(line)
                        .contains(plain("prochaine étape\u00a0: — → «\u00a0Signer la convention\u00a0»")))
                .anySatisfy(line -> assertThat(line).contains(plain("quantité mesurée\u00a0: — → 98\u00a0t par an")))
                .anySatisfy(line -> assertThat(line).contains("synergie retenue depuis une proposition"));

        Document stale = page(edit(id, 0).param("nextStep", "Autre chose"));
        assertThat(stale.select(".edit-conflict").text()).contains("Quelqu'un d'autre a modifié cette synergie");
        assertThat(synergies.followUp(stored(id)).nextStep()).isEqualTo("Signer la convention");
    }

    @Test
    void aWrongFormComesBackWithAMessagePerFieldInFrench() throws Exception {
        Document form = page(post(BASE)
                .param("title", " ")
                .param("kind", "SUBSTITUTION")
                .param("subType", "MATERIAL")
                .param("plannedValue", "beaucoup")
                .param("plannedUnit", "TONNE")
                .param("plannedPeriod", "YEAR")
                .param("startedOn", "31/02/2024")
                .with(csrf())
                .with(as("animation.adeto")));

        assertThat(form.select(".error-summary li").eachText().stream().map(SynergyTestSupport::plain))
                .contains(
                        plain("Titre\u00a0: le titre est obligatoire."),
                        plain(
                                "Quantité prévue\u00a0: «\u00a0beaucoup\u00a0» n'est pas un nombre positif (par ex. 1\u00a0200,5)."),
                        plain("Début\u00a0: «\u00a031/02/2024\u00a0» n'est pas une date (jj/mm/aaaa)."),
                        plain("Entreprises participantes\u00a0: choisissez au moins une entreprise et son rôle."));
        assertThat(form.select(".has-error .field-error").eachText()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .noneMatch(s -> s.id().value() > lastDemoSynergy);
    }

    @Test
    void aWrongFormComesBackWithAMessagePerFieldInEnglish() throws Exception {
        Document form = page(post(BASE)
                .param("lang", "en")
                .param("title", "")
                .param("kind", "SUBSTITUTION")
                .param("subType", "MATERIAL")
                .param("endsOn", "2024-01-01")
                .param("startedOn", "2024-06-01")
                .param("participants", member + ":SUPPLIER")
                .with(csrf())
                .with(as("animation.adeto")));

        assertThat(form.select(".error-summary li").eachText())
                .containsExactly("Title: the title is required.", "End: the end cannot come before the start.");
    }

    @Test
    void aCompanyOfAnotherInitiativeIsRefusedAndNothingIsCreated() throws Exception {
        long piictoCompany = companies
                .listByInitiative(initiatives.getBySlug("piicto").id())
                .get(0)
                .id()
                .value();

        MockHttpServletResponse refused = mvc.perform(post(BASE)
                        .param("title", TITLE)
                        .param("kind", "SUBSTITUTION")
                        .param("subType", "MATERIAL")
                        .param("participants", piictoCompany + ":SUPPLIER")
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from synergy where id > ?")
                        .param(lastDemoSynergy)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theNewSynergyFormOffersTheInitiativesActiveCompaniesWithRoles() throws Exception {
        Document form = page(get(BASE + "/new").with(as("animation.adeto")));

        assertThat(form.select("select[name=participants]"))
                .hasSize(companies
                        .listActiveByInitiative(new InitiativeId(adeto))
                        .size());
        assertThat(form.select("select[name=participants] option").eachAttr("value"))
                .contains(member + ":SUPPLIER", member + ":RECEIVER", member + ":PARTNER");
    }

    MockHttpServletRequestBuilder creation(String title) {
        return post(BASE)
                .param("title", title)
                .param("kind", "MUTUALISATION")
                .param("subType", "SHARED_COLLECTION")
                .param("participants", member + ":PARTNER", "", other + ":SUPPLIER")
                .with(csrf())
                .with(as("animation.adeto"));
    }

    MockHttpServletRequestBuilder edit(SynergyId id, int version) {
        return post(BASE + "/" + id)
                .param("version", String.valueOf(version))
                .param("title", TITLE)
                .param("description", "Palettes de l'un, combustible de l'autre")
                .param("plannedPeriod", "YEAR")
                .with(csrf())
                .with(as("animation.adeto"));
    }
}
