package org.symbiose.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.symbiose.WebTestBase;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.impacts.Metric;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * The ADETO facilitator records, changes and deletes group purchases through the forms: the volume
 * bought and the savings as typed in French, errors naming the field, a company of another initiative
 * refused with nothing saved. Every operation made here is deleted afterwards.
 */
class PurchaseFormTest extends WebTestBase {

    static final String TITLE = "Achat de test des formulaires";

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    @Autowired
    GroupPurchaseRepository purchases;

    @Autowired
    FiguresService figures;

    @Autowired
    JdbcClient jdbc;

    long adeto;
    long menuiserie;
    long garage;
    long ofPiicto;

    @BeforeEach
    void findCompanies() {
        adeto = initiatives.getBySlug("adeto").id().value();
        var ofAdeto = companies.listByInitiative(new InitiativeId(adeto));
        menuiserie = ofAdeto.get(0).id().value();
        garage = ofAdeto.get(1).id().value();
        ofPiicto = companies
                .listByInitiative(initiatives.getBySlug("piicto").id())
                .get(0)
                .id()
                .value();
    }

    @AfterEach
    void deleteTestPurchases() {
        for (GroupPurchase p : purchases.listByInitiative(new InitiativeId(adeto))) {
            if (p.title().startsWith(TITLE)) {
                purchases.delete(
                        new InitiativeId(adeto),
                        p.id(),
                        purchases.version(new InitiativeId(adeto), p.id()).orElseThrow());
            }
        }
        jdbc.sql("delete from group_purchase_change where title like ?")
                .param(TITLE + "%")
                .update();
        figures.forgetAll();
    }

    @Test
    void aValidFormRecordsTheOperationWithItsVolumeSavingsAndParticipants() throws Exception {
        long before = groupPurchases();

        mvc.perform(valid()).andExpect(status().is3xxRedirection());

        GroupPurchase saved = testPurchases().get(0);
        assertThat(saved.category()).isEqualTo(PurchaseCategory.ENERGY);
        assertThat(saved.launchedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(saved.volume().value()).isEqualByComparingTo("1200.5");
        assertThat(saved.volume().unit()).isEqualTo(Unit.MEGAWATT_HOUR);
        assertThat(saved.volume().period()).isEqualTo(Period.YEAR);
        assertThat(saved.savingsEur()).isEqualByComparingTo("4350.50");
        assertThat(saved.participantCompanyIds())
                .containsExactlyInAnyOrder(new CompanyId(menuiserie), new CompanyId(garage));
        assertThat(groupPurchases()).isEqualTo(before + 1);
        Document list = page(get("/initiatives/adeto/purchases"));
        assertThat(plain(list.select("#purchases tbody tr").first().text()))
                .contains("15 janvier 2024", TITLE, "Énergie", "1 200,5 MWh par an", "4 351 €");
    }

    @Test
    void aVolumeIsOptionalButNotAUnitWithoutIt() throws Exception {
        mvc.perform(valid("volume", "", "volumeUnit", "", "savings", "")).andExpect(status().is3xxRedirection());
        GroupPurchase saved = testPurchases().get(0);
        assertThat(saved.volume()).isNull();
        assertThat(saved.savingsEur()).isNull();

        Document page = page(valid("title", TITLE + " 2", "volume", ""));
        assertThat(page.select(".error-summary li").eachText())
                .map(PurchaseFormTest::plain)
                .containsExactly("Volume acheté : indiquez le volume, ou laissez l'unité vide");
        assertThat(testPurchases()).hasSize(1);
    }

    @Test
    void anInvalidDateAndNumbersComeBackNamingTheirFieldsAndNothingIsSaved() throws Exception {
        Document page = page(valid("launchedOn", "2024-13-01", "volume", "beaucoup", "savings", "-20"));

        assertThat(page.select(".error-summary li").eachText())
                .map(PurchaseFormTest::plain)
                .containsExactlyInAnyOrder(
                        "Date de lancement : « 2024-13-01 » n'est pas une date (jj/mm/aaaa)",
                        "Volume acheté : « beaucoup » n'est pas un nombre positif (par ex. 1 200,5)",
                        "Économies déclarées : « -20 » n'est pas un montant positif en euros (par ex. 4 350,50)");
        assertThat(page.select("input[name=title]").val()).isEqualTo(TITLE);
        assertThat(testPurchases()).isEmpty();
    }

    @Test
    void aCompanyOfAnotherInitiativeIsRefusedAndNothingIsSaved() throws Exception {
        long before = groupPurchases();

        String body = mvc.perform(valid("participants", garage + ";" + ofPiicto))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(body).text())
                .contains("L'entreprise " + ofPiicto + " n'est pas une entreprise de cette démarche");
        assertThat(testPurchases()).isEmpty();
        assertThat(groupPurchases()).isEqualTo(before);
    }

    @Test
    void aChangeIsKeptAndDeletingAsksFirst() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        long id = testPurchases().get(0).id();

        mvc.perform(posted(
                        "/initiatives/adeto/purchases/" + id,
                        "version",
                        "0",
                        "title",
                        TITLE + " (modifié)",
                        "participants",
                        "" + garage))
                .andExpect(status().is3xxRedirection());
        GroupPurchase changed = purchases.find(new InitiativeId(adeto), id).orElseThrow();
        assertThat(changed.title()).isEqualTo(TITLE + " (modifié)");
        assertThat(changed.participantCompanyIds()).containsExactly(new CompanyId(garage));

        Document confirm = page(get("/initiatives/adeto/purchases/" + id + "/delete"));
        assertThat(plain(confirm.select("main p").text())).contains("(une entreprise participante)");
        mvc.perform(post("/initiatives/adeto/purchases/" + id + "/delete")
                        .param("version", confirm.select("input[name=version]").val())
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().is3xxRedirection());
        assertThat(purchases.find(new InitiativeId(adeto), id)).isEmpty();
    }

    /** A valid form of an energy purchase with two participants, with some fields replaced. */
    MockHttpServletRequestBuilder valid(String... replaced) {
        return posted("/initiatives/adeto/purchases", replaced);
    }

    /** The same valid form posted to a path (a change of an existing operation). */
    MockHttpServletRequestBuilder posted(String path, String... replaced) {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("title", TITLE);
        fields.add("category", "ENERGY");
        fields.add("launchedOn", "15/01/2024");
        fields.add("volume", "1 200,5");
        fields.add("volumeUnit", "MEGAWATT_HOUR");
        fields.add("volumePeriod", "YEAR");
        fields.add("savings", "4\u00a0350,50");
        fields.addAll("participants", List.of(String.valueOf(menuiserie), String.valueOf(garage)));
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], List.of(replaced[i + 1].split(";")));
        }
        return post(path).params(fields).with(csrf()).with(as("animation.adeto"));
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(as("animation.adeto")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    List<GroupPurchase> testPurchases() {
        return purchases.listByInitiative(new InitiativeId(adeto)).stream()
                .filter(p -> p.title().startsWith(TITLE))
                .toList();
    }

    long groupPurchases() {
        return figures.compute(new InitiativeId(adeto))
                .get(Metric.GROUP_PURCHASES)
                .longValue();
    }
}
