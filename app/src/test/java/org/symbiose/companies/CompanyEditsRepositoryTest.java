package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** Edits, archives and the change history survive a save and a reload, on H2 and PostgreSQL. */
class CompanyEditsRepositoryTest {

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;
    CompanyRepository companies;
    CompanyChangeLog log;
    long adeto;

    void open(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        adeto = TestDatabases.initiative(jdbc, "adeto");
        companies = new CompanyRepository(jdbc);
        log = new CompanyChangeLog(jdbc);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUpdateReplacesTheFieldsAndTheSites(String database) {
        open(database);
        Company saved = companies.insert(CompanyRepositoryTest.menuiserie(adeto));
        Company other = companies.insert(CompanyRepositoryTest.named(adeto, "a2", "Chaufferie"));
        Company edited = new Company(
                saved.id(),
                new InitiativeId(adeto),
                "a1",
                "Menuiserie du Var SAS",
                null,
                "16.10A",
                null,
                15,
                null,
                false,
                List.of(new Site("Scierie", null, new GeoPoint(43.2, 5.9))));

        companies.update(edited, 0);

        assertThat(companies.getById(saved.id())).isEqualTo(edited);
        assertThat(companies.version(saved.id())).isEqualTo(1);
        assertThat(companies.getById(other.id())).isEqualTo(other);
        assertThat(companies.versions(new InitiativeId(adeto)))
                .isEqualTo(java.util.Map.of(saved.id(), 1, other.id(), 0));
        assertThatThrownBy(() -> companies.update(saved, 0))
                .as("saved in between")
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(companies.getById(saved.id())).isEqualTo(edited);
        assertThatThrownBy(() -> companies.update(edited.withId(new CompanyId(4242)), 0))
                .isInstanceOf(CompanyNotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anArchivedCompanyIsKeptButLeftOutOfTheActiveOnes(String database) {
        open(database);
        Company saved = companies.insert(CompanyRepositoryTest.menuiserie(adeto));
        Company other = companies.insert(CompanyRepositoryTest.named(adeto, "a2", "Chaufferie"));
        LocalDate day = LocalDate.of(2026, 12, 7);

        companies.setArchivedOn(saved.id(), day, 0);

        assertThat(companies.getById(saved.id())).isEqualTo(saved.withArchivedOn(day));
        assertThat(companies.listByInitiative(new InitiativeId(adeto)))
                .extracting(Company::name)
                .containsExactly("Chaufferie", "Menuiserie du Var");
        assertThat(companies.listActiveByInitiative(new InitiativeId(adeto))).containsExactly(other);

        assertThatThrownBy(() -> companies.setArchivedOn(saved.id(), null, 0))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        companies.setArchivedOn(saved.id(), null, 1);
        assertThat(companies.getById(saved.id())).isEqualTo(saved);
        assertThat(companies.listActiveByInitiative(new InitiativeId(adeto))).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theHistoryKeepsWhoWhenWhatAndTheChangedFieldsLatestFirst(String database) {
        open(database);
        Company saved = companies.insert(CompanyRepositoryTest.menuiserie(adeto));
        Instant created = Instant.parse("2026-12-07T08:00:00Z");
        String longActivity = "Menuiserie\tbois\n".repeat(100);
        var creation = new CompanyChange(
                saved.id(),
                created,
                "animation.adeto",
                "Animation ADETO",
                CompanyChange.Action.CREATED,
                List.of(
                        new CompanyChange.FieldChange("naf", "", "16.24Z"),
                        new CompanyChange.FieldChange("activity", "", longActivity)));
        var edit = new CompanyChange(
                saved.id(),
                created.plus(1, ChronoUnit.HOURS),
                "animation.adeto",
                "Animation ADETO",
                CompanyChange.Action.EDITED,
                List.of(new CompanyChange.FieldChange("naf", "16.24Z", "16.10A")));
        var archive = new CompanyChange(
                saved.id(),
                created.plus(2, ChronoUnit.HOURS),
                "animation.adeto",
                "Animation ADETO",
                CompanyChange.Action.ARCHIVED,
                List.of());

        log.record(creation);
        log.record(edit);
        log.record(archive);

        List<CompanyChange> history = log.list(saved.id());
        assertThat(history).containsExactly(archive, edit, creation);
        String activity = history.get(2).changes().get(1).after();
        assertThat(activity)
                .hasSize(CompanyChange.FieldChange.MAX_VALUE)
                .endsWith("…")
                .doesNotContain("\t", "\n");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSiretIsRecordedOncePerInitiativeWhileCompaniesWithoutOneAreAny(String database) {
        open(database);
        long piicto = TestDatabases.initiative(jdbc, "piicto");
        Company saved = companies.insert(CompanyRepositoryTest.menuiserie(adeto));
        companies.insert(CompanyRepositoryTest.named(adeto, "n1", "Sans SIRET 1"));
        companies.insert(CompanyRepositoryTest.named(adeto, "n2", "Sans SIRET 2"));
        Company elsewhere = companies.insert(CompanyRepositoryTest.menuiserie(piicto));

        assertThatThrownBy(() -> companies.insert(new Company(
                        null,
                        new InitiativeId(adeto),
                        "a9",
                        "Menuiserie bis",
                        saved.siret(),
                        null,
                        null,
                        null,
                        null,
                        false,
                        List.of())))
                .as("the same SIRET in the same initiative, as a second request would write it")
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        Company other = companies.insert(CompanyRepositoryTest.named(adeto, "a2", "Chaufferie"));
        Company taking = new Company(
                other.id(),
                new InitiativeId(adeto),
                "a2",
                "Chaufferie",
                saved.siret(),
                null,
                null,
                null,
                null,
                false,
                List.of());
        assertThatThrownBy(() -> companies.update(taking, 0))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

        assertThat(companies.getById(other.id()).siret()).isNull();
        assertThat(elsewhere.siret()).isEqualTo(saved.siret());
        assertThat(companies.count(new InitiativeId(adeto))).isEqualTo(4);
    }
}
