package org.symbiose.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;

/** Events keep the companies that attended them through a reload, on H2 and PostgreSQL. */
class EventRepositoryTest {

    static final LocalDate DAY = LocalDate.of(2023, 6, 20);

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    EventRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return new EventRepository(jdbc);
    }

    static Event event(long initiativeId, String title, LocalDate heldOn, List<Long> attendees) {
        return new Event(null, initiativeId, EventKind.WORKSHOP, title, heldOn, null, null, attendees);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAnEventWithTheCompaniesThatAttended(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        TestDatabases.company(jdbc, adeto, "Absente");
        var workshop = new Event(
                null,
                adeto,
                EventKind.WORKSHOP,
                "Atelier ressources « bois et palettes »",
                DAY,
                "83126",
                "12 participants, 34 ressources échangées.",
                List.of(chaufferie, menuiserie));

        long id = repository.insert(workshop);

        assertThat(repository.listByInitiative(adeto)).singleElement().satisfies(loaded -> {
            assertThat(loaded.id()).isEqualTo(id);
            assertThat(loaded)
                    .usingRecursiveComparison()
                    .ignoringFields("id")
                    .ignoringCollectionOrder()
                    .isEqualTo(workshop);
            assertThat(loaded.attendeeCompanyIds()).containsExactlyInAnyOrder(menuiserie, chaufferie);
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAnEventNobodyWasRecordedAt(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        repository.insert(new Event(null, adeto, EventKind.VISIT, "Visite de la station", DAY, null, null, List.of()));

        Event loaded = repository.listByInitiative(adeto).get(0);
        assertThat(loaded.kind()).isEqualTo(EventKind.VISIT);
        assertThat(loaded.communeInsee()).isNull();
        assertThat(loaded.notes()).isNull();
        assertThat(loaded.attendeeCompanyIds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheEventsOfOneInitiativeByDate(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insert(event(adeto, "Bilan annuel", DAY.plusMonths(6), List.of()));
        repository.insert(event(adeto, "Lancement", DAY.minusYears(1), List.of()));
        repository.insert(event(other, "Petit-déjeuner", DAY, List.of(blanchisserie)));
        repository.insert(event(adeto, "Atelier ressources", DAY, List.of()));

        assertThat(repository.listByInitiative(adeto))
                .extracting(Event::title)
                .containsExactly("Lancement", "Atelier ressources", "Bilan annuel");
        assertThat(repository.listByInitiative(other))
                .singleElement()
                .satisfies(event -> assertThat(event.attendeeCompanyIds()).containsExactly(blanchisserie));
    }
}
