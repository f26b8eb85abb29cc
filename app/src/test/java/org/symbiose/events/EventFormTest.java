package org.symbiose.events;

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
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EventId;
import org.symbiose.impacts.Metric;

/**
 * The ADETO facilitator records, changes and deletes events through the forms: a valid form is saved
 * with its attendance and counted, a wrong one comes back naming the field, and a company of another
 * initiative is refused with nothing saved ({@link CollectiveActionFormTestSupport}). Every event made
 * here is deleted afterwards.
 */
class EventFormTest extends CollectiveActionFormTestSupport<EventId, Event> {

    /** Where events are kept and shown; its access test reaches them so too. */
    static final ActionKind<EventId, Event> EVENTS = new ActionKind<>(EventRepository.class, "event_change", "events");

    static final String TITLE = "Atelier de test des formulaires";

    EventFormTest() {
        super(EVENTS, TITLE);
    }

    @Autowired
    EventRepository events;

    @Override
    protected String companiesField() {
        return "attendees";
    }

    /** Workshops: the valid form is one. */
    @Override
    protected Metric counted() {
        return Metric.WORKSHOPS;
    }

    /** A workshop with two attending companies. */
    @Override
    protected LinkedMultiValueMap<String, String> validFields() {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add("kind", "WORKSHOP");
        fields.add("title", TITLE);
        fields.add("heldOn", "2024-03-12");
        fields.addAll("attendees", List.of(String.valueOf(menuiserie), String.valueOf(garage)));
        return fields;
    }

    @Test
    void aValidFormRecordsTheWorkshopWithItsAttendanceAndCountsIt() throws Exception {
        long before = count();

        mvc.perform(valid("communeInsee", "83137", "theme", "bois et palettes")).andExpect(status().is3xxRedirection());

        Event saved = testActions().get(0);
        assertThat(saved.kind()).isEqualTo(EventKind.WORKSHOP);
        assertThat(saved.heldOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(saved.theme()).isEqualTo("bois et palettes");
        assertThat(saved.communeInsee()).isEqualTo("83137");
        assertThat(saved.attendeeCompanyIds())
                .containsExactlyInAnyOrder(new CompanyId(menuiserie), new CompanyId(garage));
        assertThat(count()).isEqualTo(before + 1);
        Document list = page(get("/initiatives/adeto/events"));
        assertThat(list.select("#events tbody tr").first().text()).contains("12 mars 2024", TITLE, "Atelier");
        assertThat(list.select("#changes li").first().text()).contains("animation.adeto a enregistré", TITLE);
    }

    @Test
    void aFrenchDateIsReadAsTyped() throws Exception {
        mvc.perform(valid("heldOn", "5/11/2023")).andExpect(status().is3xxRedirection());

        assertThat(testActions().get(0).heldOn()).isEqualTo(LocalDate.of(2023, 11, 5));
    }

    @Test
    void anInvalidDateComesBackNamingTheFieldAndNothingIsSaved() throws Exception {
        Document page = page(valid("heldOn", "31/02/2024"));

        assertThat(page.select(".error-summary li").eachText())
                .map(CollectiveActionFormTestSupport::plain)
                .containsExactly("Date : « 31/02/2024 » n'est pas une date (jj/mm/aaaa)");
        assertThat(page.select(".has-error input[name=heldOn]")).hasSize(1);
        assertThat(page.select("input[name=title]").val()).isEqualTo(TITLE);
        assertThat(page.select("input[name=attendees][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(menuiserie), String.valueOf(garage));
        assertThat(testActions()).isEmpty();
    }

    @Test
    void missingTitleAndUnknownCommuneAreNamedInEnglishToo() throws Exception {
        Document page = page(valid("title", " ", "communeInsee", "83000", "lang", "en"));

        assertThat(page.select(".error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "Title: the title is required",
                        "Commune: the commune 83000 is unknown, give its INSEE code (e.g. 83126), not its postcode");
        assertThat(testActions()).isEmpty();
    }

    @Test
    void aChangeKeepsTheNewAttendanceAndACompanyOfAnotherInitiativeChangesNothing() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        EventId id = testActions().get(0).id();

        mvc.perform(post("/initiatives/adeto/events/" + id)
                        .param("kind", "MEETING")
                        .param("version", "0")
                        .param("title", TITLE + " (modifié)")
                        .param("heldOn", "2024-03-13")
                        .param("attendees", String.valueOf(garage))
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/initiatives/adeto/events/" + id)
                        .param("kind", "MEETING")
                        .param("version", "1")
                        .param("title", TITLE + " (forgé)")
                        .param("heldOn", "2024-03-13")
                        .param("attendees", String.valueOf(garage), String.valueOf(ofPiicto))
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().isBadRequest());

        Event changed = events.find(adeto, id).orElseThrow();
        assertThat(changed.title()).isEqualTo(TITLE + " (modifié)");
        assertThat(changed.kind()).isEqualTo(EventKind.MEETING);
        assertThat(changed.attendeeCompanyIds()).containsExactly(new CompanyId(garage));
    }

    @Test
    void deletingAsksFirstThenDeletes() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        EventId id = testActions().get(0).id();
        long before = count();

        Document confirm = page(get("/initiatives/adeto/events/" + id + "/delete"));
        assertThat(plain(confirm.select("h1").text())).isEqualTo("Supprimer l'événement « " + TITLE + " » ?");
        assertThat(confirm.select("main p").text()).contains("(2 entreprises présentes)");
        assertThat(events.find(adeto, id)).isPresent();

        mvc.perform(post("/initiatives/adeto/events/" + id + "/delete")
                        .param("version", confirm.select("input[name=version]").val())
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().is3xxRedirection());

        assertThat(events.find(adeto, id)).isEmpty();
        assertThat(count()).isEqualTo(before - 1);
    }

    @Test
    void aChangeOrADeletionFromAStaleVersionIsRefusedAndSaysSo() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        EventId id = testActions().get(0).id();
        mvc.perform(post("/initiatives/adeto/events/" + id)
                        .param("version", "0")
                        .param("kind", "WORKSHOP")
                        .param("title", TITLE + " (premier)")
                        .param("heldOn", "2024-03-12")
                        .with(csrf())
                        .with(as("animation.adeto")))
                .andExpect(status().is3xxRedirection());

        Document stale = page(post("/initiatives/adeto/events/" + id)
                .param("version", "0")
                .param("kind", "VISIT")
                .param("title", TITLE + " (second)")
                .param("heldOn", "2024-03-14")
                .with(csrf()));
        Document staleDelete = page(post("/initiatives/adeto/events/" + id + "/delete")
                .param("version", "0")
                .with(csrf()));

        assertThat(stale.select(".edit-conflict").text()).contains("Quelqu'un d'autre a modifié cet événement");
        assertThat(stale.select("input[name=title]").val()).isEqualTo(TITLE + " (second)");
        assertThat(stale.select("input[name=version]").val()).isEqualTo("1");
        assertThat(staleDelete.select(".edit-conflict").text()).contains("Quelqu'un d'autre a modifié cet événement");
        assertThat(events.find(adeto, id).orElseThrow().title()).isEqualTo(TITLE + " (premier)");
    }

    @Test
    void anUnknownEventIsNotFound() throws Exception {
        for (String id : List.of("0", "-3", "999999")) {
            mvc.perform(get("/initiatives/adeto/events/" + id + "/edit").with(as("animation.adeto")))
                    .andExpect(status().isNotFound());
        }
    }
}
