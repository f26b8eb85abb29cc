package org.symbiose.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EventId;
import org.symbiose.ids.InitiativeId;

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
        return new Event(
                null,
                new InitiativeId(initiativeId),
                EventKind.WORKSHOP,
                title,
                heldOn,
                null,
                null,
                null,
                attendees.stream().map(CompanyId::new).toList());
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
                new InitiativeId(adeto),
                EventKind.WORKSHOP,
                "Atelier ressources « bois et palettes »",
                DAY,
                "bois et palettes",
                "83126",
                "12 participants, 34 ressources échangées.",
                List.of(new CompanyId(chaufferie), new CompanyId(menuiserie)));

        EventId id = repository.insert(workshop);

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .singleElement()
                .satisfies(loaded -> {
                    assertThat(loaded.id()).isEqualTo(id);
                    assertThat(loaded)
                            .usingRecursiveComparison()
                            .ignoringFields("id")
                            .ignoringCollectionOrder()
                            .isEqualTo(workshop);
                    assertThat(loaded.attendeeCompanyIds())
                            .containsExactlyInAnyOrder(new CompanyId(menuiserie), new CompanyId(chaufferie));
                });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAnEventNobodyWasRecordedAt(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        repository.insert(new Event(
                null,
                new InitiativeId(adeto),
                EventKind.VISIT,
                "Visite de la station",
                DAY,
                null,
                null,
                null,
                List.of()));

        Event loaded = repository.listByInitiative(new InitiativeId(adeto)).get(0);
        assertThat(loaded.kind()).isEqualTo(EventKind.VISIT);
        assertThat(loaded.theme()).isNull();
        assertThat(loaded.communeInsee()).isNull();
        assertThat(loaded.notes()).isNull();
        assertThat(loaded.attendeeCompanyIds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheEventsOfOneInitiativeMostRecentFirst(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insert(event(adeto, "Bilan annuel", DAY.plusMonths(6), List.of()));
        repository.insert(event(adeto, "Lancement", DAY.minusYears(1), List.of()));
        repository.insert(event(other, "Petit-déjeuner", DAY, List.of(blanchisserie)));
        repository.insert(event(adeto, "Atelier ressources", DAY, List.of()));

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .extracting(Event::title)
                .containsExactly("Bilan annuel", "Atelier ressources", "Lancement");
        assertThat(repository.listByInitiative(new InitiativeId(other)))
                .singleElement()
                .satisfies(
                        event -> assertThat(event.attendeeCompanyIds()).containsExactly(new CompanyId(blanchisserie)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changesAndDeletesAnEventOfItsInitiativeOnly(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        EventId id = repository.insert(event(adeto, "Atelier", DAY, List.of(menuiserie)));
        var changed = new Event(
                id,
                new InitiativeId(adeto),
                EventKind.TRAINING,
                "Formation tri",
                DAY.plusDays(1),
                "déchets",
                "83137",
                "Notes",
                List.of(new CompanyId(chaufferie)));

        assertThat(repository.update(
                        new Event(
                                id,
                                new InitiativeId(other),
                                EventKind.VISIT,
                                "Forgée",
                                DAY,
                                null,
                                null,
                                null,
                                List.of()),
                        0))
                .isFalse();
        assertThat(repository.update(changed, 0)).isTrue();
        assertThat(repository.update(changed, 0)).as("from a stale version").isFalse();
        assertThat(repository.version(new InitiativeId(adeto), id)).contains(1);

        assertThat(repository.find(new InitiativeId(adeto), id)).contains(changed);
        assertThat(repository.find(new InitiativeId(other), id)).isEmpty();
        assertThat(repository.delete(new InitiativeId(other), id, 1)).isFalse();
        assertThat(repository.delete(new InitiativeId(adeto), id, 0))
                .as("from a stale version")
                .isFalse();
        assertThat(repository.delete(new InitiativeId(adeto), id, 1)).isTrue();
        assertThat(repository.listByInitiative(new InitiativeId(adeto))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsWorkshopsAndTheCompaniesThatAttendedOneInitiativesEvents(String database) {
        EventRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insert(event(adeto, "Atelier 1", DAY, List.of(menuiserie, chaufferie)));
        repository.insert(event(adeto, "Atelier 2", DAY, List.of(menuiserie)));
        repository.insert(new Event(
                null, new InitiativeId(adeto), EventKind.MEETING, "Réunion", DAY, null, null, null, List.of()));
        repository.insert(event(other, "Atelier", DAY, List.of(blanchisserie)));

        assertThat(repository.count(new InitiativeId(adeto), EventKind.WORKSHOP))
                .isEqualTo(2);
        assertThat(repository.count(new InitiativeId(adeto), EventKind.MEETING)).isEqualTo(1);
        assertThat(repository.count(new InitiativeId(adeto), EventKind.VISIT)).isZero();
        assertThat(repository.attendingCompanies(new InitiativeId(adeto)))
                .containsExactlyInAnyOrder(new CompanyId(menuiserie), new CompanyId(chaufferie));
    }
}
