package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.symbiose.TestDatabases;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;

/** Synergies keep their life cycle, results, participants and flows through a reload, on H2 and PostgreSQL. */
class SynergyRepositoryTest {

    static final LocalDate IDENTIFIED = LocalDate.of(2021, 2, 15);

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    SynergyRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return new SynergyRepository(jdbc);
    }

    long flow(long companyId, String direction, String label) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into flow (company_id, direction, label) values (?, ?, ?)")
                .params(companyId, direction, label)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    static Synergy identified(long initiativeId, String title) {
        return Synergy.identify(
                new InitiativeId(initiativeId),
                "S-" + title.length(),
                title,
                "Idée issue de l'atelier de mars.",
                SynergyKind.SUBSTITUTION,
                SynergySubType.MATERIAL,
                IDENTIFIED);
    }

    /** Field by field, decimals by value: 1200 equals 1200.0000 as the database gives it back. */
    static void assertSameSynergy(Synergy actual, Synergy expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsARealisedSynergyWithItsDatesResultsParticipantsAndFlows(String database) {
        SynergyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long chaufferie = TestDatabases.company(jdbc, adeto, "Chaufferie urbaine");
        long sawdust = flow(menuiserie, "OUT", "Sciure");
        long fuel = flow(chaufferie, "IN", "Combustible biomasse");
        Synergy realised = identified(adeto, "Sciure vers chaufferie")
                .start(IDENTIFIED.plusMonths(2))
                .realise(IDENTIFIED.plusMonths(9))
                .recordResults(
                        new BigDecimal("1200"),
                        Unit.TONNE,
                        Period.YEAR,
                        new BigDecimal("85.125"),
                        "Sciure livrée chaque semaine à la chaufferie.")
                .withParticipants(
                        2,
                        List.of(new CompanyId(menuiserie), new CompanyId(chaufferie)),
                        List.of(new FlowId(sawdust), new FlowId(fuel)));

        Synergy saved = repository.insert(realised, 0);

        List<Synergy> listed = repository.listByInitiative(new InitiativeId(adeto));
        assertThat(listed).hasSize(1);
        assertSameSynergy(listed.get(0), saved);
        Synergy loaded = listed.get(0);
        assertThat(loaded.status()).isEqualTo(SynergyStatus.REALISED);
        assertThat(loaded.identifiedOn()).isEqualTo(IDENTIFIED);
        assertThat(loaded.startedOn()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(loaded.realisedOn()).isEqualTo(LocalDate.of(2021, 11, 15));
        assertThat(loaded.abandonedOn()).isNull();
        assertThat(loaded.quantity()).isEqualByComparingTo("1200");
        assertThat(loaded.unit()).isEqualTo(Unit.TONNE);
        assertThat(loaded.period()).isEqualTo(Period.YEAR);
        assertThat(loaded.quantityUnit()).isEqualTo("t/an");
        assertThat(loaded.co2AvoidedT()).isEqualByComparingTo("85.125");
        assertThat(loaded.participantIds()).containsExactly(new CompanyId(menuiserie), new CompanyId(chaufferie));
        assertThat(loaded.flowIds()).containsExactly(new FlowId(sawdust), new FlowId(fuel));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheReasonASynergyWasAbandoned(String database) {
        SynergyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        Synergy abandoned = identified(adeto, "Boues vers méthaniseur")
                .start(IDENTIFIED.plusMonths(1))
                .abandon(IDENTIFIED.plusMonths(4), "Exutoire trop éloigné (80 km).");

        Synergy saved = repository.insert(abandoned, 0);

        Synergy loaded = repository.listByInitiative(new InitiativeId(adeto)).get(0);
        assertSameSynergy(loaded, saved);
        assertThat(loaded.status()).isEqualTo(SynergyStatus.ABANDONED);
        assertThat(loaded.abandonedOn()).isEqualTo(IDENTIFIED.plusMonths(4));
        assertThat(loaded.abandonReason()).isEqualTo("Exutoire trop éloigné (80 km).");
        assertThat(loaded.quantity()).isNull();
        assertThat(loaded.companiesInvolved()).isNull();
        assertThat(loaded.participantIds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAPerspectiveAsJustIdentified(String database) {
        SynergyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        Synergy saved = repository.insert(identified(adeto, "Mutualiser la collecte des cartons"), 0);

        Synergy loaded = repository.listByInitiative(new InitiativeId(adeto)).get(0);
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.status()).isEqualTo(SynergyStatus.PERSPECTIVE);
        assertThat(loaded.startedOn()).isNull();
        assertThat(loaded.realisedOn()).isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheSynergiesOfOneInitiativeByPosition(String database) {
        SynergyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        repository.insert(identified(adeto, "Troisième"), 2);
        repository.insert(identified(adeto, "Première"), 0);
        repository.insert(identified(other, "Ailleurs"), 1);
        repository.insert(identified(adeto, "Deuxième"), 1);

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .extracting(Synergy::title)
                .containsExactly("Première", "Deuxième", "Troisième");
        assertThat(repository.listByInitiative(new InitiativeId(other)))
                .extracting(Synergy::title)
                .containsExactly("Ailleurs");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsByStatusAndGivesTheQuantitiesAndParticipantsOfOneInitiative(String database) {
        SynergyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        Synergy realised = identified(adeto, "Sciure").start(IDENTIFIED).realise(IDENTIFIED.plusMonths(3));
        repository.insert(
                realised.recordResults(new BigDecimal("16"), Unit.KILOTONNE, Period.YEAR, new BigDecimal("12.5"), null)
                        .withParticipants(null, List.of(new CompanyId(menuiserie)), List.of()),
                0);
        repository.insert(
                realised.recordResults(
                        new BigDecimal("3500"), Unit.CUBIC_METRE, Period.YEAR, new BigDecimal("2"), null),
                1);
        repository.insert(identified(adeto, "Palettes").start(IDENTIFIED), 2);
        repository.insert(
                identified(other, "Draps").withParticipants(null, List.of(new CompanyId(blanchisserie)), List.of()), 0);

        assertThat(repository.count(new InitiativeId(adeto))).isEqualTo(3);
        assertThat(repository.countByStatus(new InitiativeId(adeto), SynergyStatus.REALISED))
                .isEqualTo(2);
        assertThat(repository.countByStatus(new InitiativeId(adeto), SynergyStatus.IN_PROGRESS))
                .isEqualTo(1);
        assertThat(repository.countByStatus(new InitiativeId(adeto), SynergyStatus.ABANDONED))
                .isZero();
        assertThat(repository.sumCo2AvoidedT(new InitiativeId(adeto), SynergyStatus.REALISED))
                .isEqualByComparingTo("14.5");
        assertThat(repository.sumCo2AvoidedT(new InitiativeId(adeto), SynergyStatus.ABANDONED))
                .isEqualByComparingTo("0");
        assertThat(repository.quantities(new InitiativeId(adeto), SynergyStatus.REALISED))
                .extracting(SynergyQuantity::unit)
                .containsExactlyInAnyOrder(Unit.KILOTONNE, Unit.CUBIC_METRE);
        assertThat(repository.participantCompanies(new InitiativeId(adeto))).containsExactly(new CompanyId(menuiserie));
    }
}
