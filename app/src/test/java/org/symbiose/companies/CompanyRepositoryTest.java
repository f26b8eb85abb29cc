package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** Companies and their sites survive a save and a reload, each in its own initiative, on H2 and PostgreSQL. */
class CompanyRepositoryTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    CompanyRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return new CompanyRepository(jdbc);
    }

    static Company menuiserie(long initiativeId) {
        return new Company(
                null,
                new InitiativeId(initiativeId),
                "a1",
                "Menuiserie du Var",
                Siret.parse("73282932000074"),
                "16.23Z",
                "Menuiserie bois, agencement",
                12,
                "Pôle d'activités de Toulon-Ouest",
                true,
                List.of(
                        new Site("Atelier", "83090", new GeoPoint(43.13902, 5.8542)),
                        new Site("Dépôt", "83126", null)));
    }

    static Company named(long initiativeId, String externalId, String name) {
        return new Company(
                null, new InitiativeId(initiativeId), externalId, name, null, null, null, null, null, false, List.of());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsSiretNafHeadcountAndSites(String database) {
        CompanyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        Company saved = repository.insert(menuiserie(adeto));
        Company loaded = repository.getById(saved.id());

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.siret().formatted()).isEqualTo("732 829 320 00074");
        assertThat(loaded.sites())
                .containsExactly(
                        new Site("Atelier", "83090", new GeoPoint(43.13902, 5.8542)), new Site("Dépôt", "83126", null));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsUnknownFieldsUnknown(String database) {
        CompanyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        Company saved = repository.insert(named(adeto, null, "Boulangerie Martin"));
        Company loaded = repository.getById(saved.id());

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.siret()).isNull();
        assertThat(loaded.employees()).isNull();
        assertThat(loaded.member()).isFalse();
        assertThat(loaded.sites()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheCompaniesOfOneInitiativeByNameIgnoringCase(String database) {
        CompanyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        repository.insert(named(adeto, null, "scierie Giraud"));
        repository.insert(named(adeto, null, "Atelier du métal"));
        repository.insert(named(other, null, "Blanchisserie"));
        repository.insert(named(adeto, null, "Chaufferie urbaine"));

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .extracting(Company::name)
                .containsExactly("Atelier du métal", "Chaufferie urbaine", "scierie Giraud");
        assertThat(repository.listByInitiative(new InitiativeId(other)))
                .extracting(Company::name)
                .containsExactly("Blanchisserie");
        assertThat(repository.count(new InitiativeId(adeto))).isEqualTo(3);
        assertThat(repository.count(new InitiativeId(other))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mapsExchangeIdsToTheCompaniesOfOneInitiative(String database) {
        CompanyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        Company a1 = repository.insert(named(adeto, "a1", "Menuiserie"));
        Company a2 = repository.insert(named(adeto, "a2", "Chaufferie"));
        repository.insert(named(adeto, null, "Saisie à la main"));
        Company otherA1 = repository.insert(named(other, "a1", "Blanchisserie"));

        assertThat(repository.idsByExternalId(new InitiativeId(adeto))).isEqualTo(Map.of("a1", a1.id(), "a2", a2.id()));
        assertThat(repository.idsByExternalId(new InitiativeId(other))).isEqualTo(Map.of("a1", otherA1.id()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refusesTwoCompaniesWithTheSameExchangeIdInOneInitiative(String database) {
        CompanyRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        repository.insert(named(adeto, "a1", "Menuiserie"));

        assertThatThrownBy(() -> repository.insert(named(adeto, "a1", "Chaufferie")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .extracting(Company::name)
                .containsExactly("Menuiserie");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void answersNotFoundForAnUnknownCompany(String database) {
        CompanyRepository repository = repository(database);
        var unknown = new CompanyId(4242);

        assertThat(repository.findById(unknown)).isEmpty();
        assertThatThrownBy(() -> repository.getById(unknown))
                .isInstanceOf(CompanyNotFoundException.class)
                .hasMessageContaining("4242");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsCompaniesWithTheirSitesOnASingleConnection(String database) {
        var data = TestDatabases.fresh(database);
        jdbc = JdbcClient.create(data);
        TestDatabases.insertNetwork(jdbc);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        Company saved = new CompanyRepository(jdbc).insert(menuiserie(adeto));
        new CompanyRepository(jdbc).insert(named(adeto, "a2", "Atelier Zinc"));

        var onePool = new CompanyRepository(JdbcClient.create(TestDatabases.singleConnection(data)));

        assertThat(onePool.listByInitiative(new InitiativeId(adeto)))
                .extracting(Company::name)
                .containsExactly("Atelier Zinc", "Menuiserie du Var");
        assertThat(onePool.getById(saved.id()).sites()).extracting(Site::name).containsExactly("Atelier", "Dépôt");
    }
}
