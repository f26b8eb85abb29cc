package org.symbiose.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.PurchaseId;

/** Group purchases keep the companies that joined them through a reload, on H2 and PostgreSQL. */
class GroupPurchaseRepositoryTest {

    static final LocalDate DAY = LocalDate.of(2022, 9, 5);

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    GroupPurchaseRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return new GroupPurchaseRepository(jdbc);
    }

    static GroupPurchase purchase(long initiativeId, String title, LocalDate launchedOn, List<Long> participants) {
        return new GroupPurchase(
                null,
                new InitiativeId(initiativeId),
                title,
                PurchaseCategory.OTHER,
                launchedOn,
                null,
                null,
                null,
                participants.stream().map(CompanyId::new).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAGroupPurchaseWithTheCompaniesThatJoined(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long menuiserie = TestDatabases.company(jdbc, adeto, "Menuiserie du Var");
        long garage = TestDatabases.company(jdbc, adeto, "Garage des Playes");
        long imprimerie = TestDatabases.company(jdbc, adeto, "Imprimerie Moderne");
        var ppe = new GroupPurchase(
                null,
                new InitiativeId(adeto),
                "Équipements de protection individuelle 2022",
                PurchaseCategory.PPE,
                DAY,
                "Gants, lunettes et chaussures de sécurité ; -18 % sur le catalogue.",
                new PurchaseVolume(new BigDecimal("1200"), Unit.UNIT, Period.ONCE),
                new BigDecimal("4350.50"),
                List.of(new CompanyId(garage), new CompanyId(menuiserie), new CompanyId(imprimerie)));

        PurchaseId id = repository.insert(ppe);

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .singleElement()
                .satisfies(loaded -> {
                    assertThat(loaded.id()).isEqualTo(id);
                    assertThat(loaded)
                            .usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .ignoringFields("id")
                            .ignoringCollectionOrder()
                            .isEqualTo(ppe);
                    assertThat(loaded.participantCompanyIds())
                            .containsExactlyInAnyOrder(
                                    new CompanyId(menuiserie), new CompanyId(garage), new CompanyId(imprimerie));
                });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAGroupPurchaseNobodyJoinedYet(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        repository.insert(new GroupPurchase(
                null,
                new InitiativeId(adeto),
                "Électricité verte",
                PurchaseCategory.ENERGY,
                DAY,
                null,
                null,
                null,
                List.of()));

        GroupPurchase loaded =
                repository.listByInitiative(new InitiativeId(adeto)).get(0);
        assertThat(loaded.category()).isEqualTo(PurchaseCategory.ENERGY);
        assertThat(loaded.notes()).isNull();
        assertThat(loaded.volume()).isNull();
        assertThat(loaded.savingsEur()).isNull();
        assertThat(loaded.participantCompanyIds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheGroupPurchasesOfOneInitiativeMostRecentFirst(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insert(purchase(adeto, "Collecte des cartons", DAY.plusMonths(3), List.of()));
        repository.insert(purchase(adeto, "Fournitures de bureau", DAY.minusYears(1), List.of()));
        repository.insert(purchase(other, "Nettoyage des locaux", DAY, List.of(blanchisserie)));
        repository.insert(purchase(adeto, "Électricité verte", DAY, List.of()));

        assertThat(repository.listByInitiative(new InitiativeId(adeto)))
                .extracting(GroupPurchase::title)
                .containsExactly("Collecte des cartons", "Électricité verte", "Fournitures de bureau");
        assertThat(repository.listByInitiative(new InitiativeId(other)))
                .singleElement()
                .satisfies(purchase ->
                        assertThat(purchase.participantCompanyIds()).containsExactly(new CompanyId(blanchisserie)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changesAndDeletesAnOperationOfItsInitiativeOnly(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long garage = TestDatabases.company(jdbc, adeto, "Garage des Playes");
        PurchaseId id = repository.insert(purchase(adeto, "Électricité", DAY, List.of()));
        var changed = new GroupPurchase(
                id,
                new InitiativeId(adeto),
                "Électricité verte",
                PurchaseCategory.ENERGY,
                DAY.plusMonths(1),
                "Contrat de trois ans",
                new PurchaseVolume(new BigDecimal("300"), Unit.MEGAWATT_HOUR, Period.YEAR),
                new BigDecimal("12000"),
                List.of(new CompanyId(garage)));

        assertThat(repository.update(changed.withId(id), 0))
                .as("same initiative")
                .isTrue();
        assertThat(repository.update(changed, 0)).as("from a stale version").isFalse();
        assertThat(repository.update(purchase(other, "Forgée", DAY, List.of()).withId(id), 1))
                .isFalse();

        GroupPurchase loaded = repository.find(new InitiativeId(adeto), id).orElseThrow();
        assertThat(loaded.volume().value()).isEqualByComparingTo("300");
        assertThat(loaded.volume().unit()).isEqualTo(Unit.MEGAWATT_HOUR);
        assertThat(loaded.volume().period()).isEqualTo(Period.YEAR);
        assertThat(loaded.savingsEur()).isEqualByComparingTo("12000");
        assertThat(loaded.participantCompanyIds()).containsExactly(new CompanyId(garage));
        assertThat(repository.find(new InitiativeId(other), id)).isEmpty();
        assertThat(repository.delete(new InitiativeId(other), id, 1)).isFalse();
        assertThat(repository.delete(new InitiativeId(adeto), id, 0))
                .as("from a stale version")
                .isFalse();
        assertThat(repository.delete(new InitiativeId(adeto), id, 1)).isTrue();
        assertThat(repository.count(new InitiativeId(adeto))).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsOneInitiativesOperationsAndTheCompaniesThatJoinedThem(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long garage = TestDatabases.company(jdbc, adeto, "Garage des Playes");
        long imprimerie = TestDatabases.company(jdbc, adeto, "Imprimerie Moderne");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insert(purchase(adeto, "EPI", DAY, List.of(garage, imprimerie)));
        repository.insert(purchase(adeto, "Cartons", DAY, List.of(garage)));
        repository.insert(purchase(other, "Nettoyage", DAY, List.of(blanchisserie)));

        assertThat(repository.count(new InitiativeId(adeto))).isEqualTo(2);
        assertThat(repository.participatingCompanies(new InitiativeId(adeto)))
                .containsExactlyInAnyOrder(new CompanyId(garage), new CompanyId(imprimerie));
    }
}
