package org.symbiose.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.symbiose.collective.ActionKind;
import org.symbiose.collective.CollectiveActionFormTestSupport;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.PurchaseId;
import org.symbiose.impacts.Metric;

/**
 * The ADETO facilitator records, changes and deletes group purchases through the forms: the volume
 * bought and the savings as typed in French, errors naming the field, a company of another initiative
 * refused with nothing saved ({@link CollectiveActionFormTestSupport}). Every operation made here is
 * deleted afterwards.
 */
class PurchaseFormTest extends CollectiveActionFormTestSupport<PurchaseId, GroupPurchase> {

    /** Where group purchases are kept and shown; its access test reaches them so too. */
    static final ActionKind<PurchaseId, GroupPurchase> PURCHASES =
            new ActionKind<>(GroupPurchaseRepository.class, "group_purchase_change", "purchases");

    static final String TITLE = "Achat de test des formulaires";

    PurchaseFormTest() {
        super(PURCHASES, TITLE);
    }

    @Autowired
    GroupPurchaseRepository purchases;

    @Override
    protected String companiesField() {
        return "participants";
    }

    @Override
    protected Metric counted() {
        return Metric.GROUP_PURCHASES;
    }

    /** An energy purchase with two participants, volume and savings typed as in French. */
    @Override
    protected LinkedMultiValueMap<String, String> validFields() {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("title", TITLE);
        fields.add("category", "ENERGY");
        fields.add("launchedOn", "15/01/2024");
        fields.add("volume", "1 200,5");
        fields.add("volumeUnit", "MEGAWATT_HOUR");
        fields.add("volumePeriod", "YEAR");
        fields.add("savings", "4\u00a0350,50");
        fields.addAll("participants", List.of(String.valueOf(menuiserie), String.valueOf(garage)));
        return fields;
    }

    @Test
    void aValidFormRecordsTheOperationWithItsVolumeSavingsAndParticipants() throws Exception {
        long before = count();

        mvc.perform(valid()).andExpect(status().is3xxRedirection());

        GroupPurchase saved = testActions().get(0);
        assertThat(saved.category()).isEqualTo(PurchaseCategory.ENERGY);
        assertThat(saved.launchedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(saved.volume().value()).isEqualByComparingTo("1200.5");
        assertThat(saved.volume().unit()).isEqualTo(Unit.MEGAWATT_HOUR);
        assertThat(saved.volume().period()).isEqualTo(Period.YEAR);
        assertThat(saved.savingsEur()).isEqualByComparingTo("4350.50");
        assertThat(saved.participantCompanyIds())
                .containsExactlyInAnyOrder(new CompanyId(menuiserie), new CompanyId(garage));
        assertThat(count()).isEqualTo(before + 1);
        Document list = page(get("/initiatives/adeto/purchases"));
        assertThat(plain(list.select("#purchases tbody tr").first().text()))
                .contains("15 janvier 2024", TITLE, "Énergie", "1 200,5 MWh par an", "4 351 €");
    }

    @Test
    void aVolumeIsOptionalButNotAUnitWithoutIt() throws Exception {
        mvc.perform(valid("volume", "", "volumeUnit", "", "savings", "")).andExpect(status().is3xxRedirection());
        GroupPurchase saved = testActions().get(0);
        assertThat(saved.volume()).isNull();
        assertThat(saved.savingsEur()).isNull();

        Document page = page(valid("title", TITLE + " 2", "volume", ""));
        assertThat(page.select(".error-summary li").eachText())
                .map(CollectiveActionFormTestSupport::plain)
                .containsExactly("Volume acheté : indiquez le volume, ou laissez l'unité vide");
        assertThat(testActions()).hasSize(1);
    }

    @Test
    void anInvalidDateAndNumbersComeBackNamingTheirFieldsAndNothingIsSaved() throws Exception {
        Document page = page(valid("launchedOn", "2024-13-01", "volume", "beaucoup", "savings", "-20"));

        assertThat(page.select(".error-summary li").eachText())
                .map(CollectiveActionFormTestSupport::plain)
                .containsExactlyInAnyOrder(
                        "Date de lancement : « 2024-13-01 » n'est pas une date (jj/mm/aaaa)",
                        "Volume acheté : « beaucoup » n'est pas un nombre positif (par ex. 1 200,5)",
                        "Économies déclarées : « -20 » n'est pas un montant positif en euros (par ex. 4 350,50)");
        assertThat(page.select("input[name=title]").val()).isEqualTo(TITLE);
        assertThat(testActions()).isEmpty();
    }

    @Test
    void aChangeIsKeptAndDeletingAsksFirst() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        PurchaseId id = testActions().get(0).id();

        mvc.perform(posted(
                        "/initiatives/adeto/purchases/" + id,
                        "version",
                        "0",
                        "title",
                        TITLE + " (modifié)",
                        "participants",
                        "" + garage))
                .andExpect(status().is3xxRedirection());
        GroupPurchase changed = purchases.find(adeto, id).orElseThrow();
        assertThat(changed.title()).isEqualTo(TITLE + " (modifié)");
        assertThat(changed.participantCompanyIds()).containsExactly(new CompanyId(garage));

        Document confirm = page(get("/initiatives/adeto/purchases/" + id + "/delete"));
        assertThat(plain(confirm.select("main p").text())).contains("(une entreprise participante)");
        mvc.perform(post("/initiatives/adeto/purchases/" + id + "/delete")
                        .param("version", confirm.select("input[name=version]").val())
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().is3xxRedirection());
        assertThat(purchases.find(adeto, id)).isEmpty();
    }
}
