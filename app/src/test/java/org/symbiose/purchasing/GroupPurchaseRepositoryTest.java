package org.symbiose.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;

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
        return new GroupPurchase(null, initiativeId, title, PurchaseCategory.OTHER, launchedOn, null, participants);
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
                adeto,
                "Équipements de protection individuelle 2022",
                PurchaseCategory.PPE,
                DAY,
                "Gants, lunettes et chaussures de sécurité ; -18 % sur le catalogue.",
                List.of(garage, menuiserie, imprimerie));

        long id = repository.insert(ppe);

        assertThat(repository.listByInitiative(adeto)).singleElement().satisfies(loaded -> {
            assertThat(loaded.id()).isEqualTo(id);
            assertThat(loaded)
                    .usingRecursiveComparison()
                    .ignoringFields("id")
                    .ignoringCollectionOrder()
                    .isEqualTo(ppe);
            assertThat(loaded.participantCompanyIds()).containsExactlyInAnyOrder(menuiserie, garage, imprimerie);
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsAGroupPurchaseNobodyJoinedYet(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        repository.insert(
                new GroupPurchase(null, adeto, "Électricité verte", PurchaseCategory.ENERGY, DAY, null, List.of()));

        GroupPurchase loaded = repository.listByInitiative(adeto).get(0);
        assertThat(loaded.category()).isEqualTo(PurchaseCategory.ENERGY);
        assertThat(loaded.notes()).isNull();
        assertThat(loaded.participantCompanyIds()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheGroupPurchasesOfOneInitiativeByLaunchDate(String database) {
        GroupPurchaseRepository repository = repository(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long other = TestDatabases.initiative(jdbc, "ecopal");
        long blanchisserie = TestDatabases.company(jdbc, other, "Blanchisserie");
        repository.insert(purchase(adeto, "Collecte des cartons", DAY.plusMonths(3), List.of()));
        repository.insert(purchase(adeto, "Fournitures de bureau", DAY.minusYears(1), List.of()));
        repository.insert(purchase(other, "Nettoyage des locaux", DAY, List.of(blanchisserie)));
        repository.insert(purchase(adeto, "Électricité verte", DAY, List.of()));

        assertThat(repository.listByInitiative(adeto))
                .extracting(GroupPurchase::title)
                .containsExactly("Fournitures de bureau", "Électricité verte", "Collecte des cartons");
        assertThat(repository.listByInitiative(other))
                .singleElement()
                .satisfies(
                        purchase -> assertThat(purchase.participantCompanyIds()).containsExactly(blanchisserie));
    }
}
