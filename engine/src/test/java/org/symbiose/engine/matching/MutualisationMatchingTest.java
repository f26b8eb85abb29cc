package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MutualisationMatchingTest {

    final Matcher matcher = new Matcher(SmallKnowledge.load());

    List<Mutualisation> groups(String table) {
        return matcher.match(Territories.parse(table), MatchOptions.defaults()).mutualisations();
    }

    @Test
    void groupsThreeNeighboursWithPalletsToCollect() {
        var found = groups("""
                actor    | naf    | dir | resource               | qty | lat    | lon   | extra
                Imprim   | 18.12Z | out | palettes bois cassées  | 5   | 43.100 | 5.900 |
                Garage   | 45.20A | out | Palettes               | 2   | 43.105 | 5.905 |
                Traiteur | 56.21Z | out | palette europe         | 1   | 43.110 | 5.895 |
                Lointain | 56.21Z | out | palettes               | 1   | 44.500 | 6.500 |
                """);
        assertThat(found).hasSize(1);
        Mutualisation group = found.get(0);
        assertThat(group.theme()).isEqualTo("collecte mutualisée des palettes");
        assertThat(group.actors()).containsExactly("Garage", "Imprim", "Traiteur");
        assertThat(group.reasonsFr().get(0)).startsWith("3 entreprises à moins de 5 km");
    }

    /** Sixty companies on one site: two groups of 25, nearest first, then one of the 10 left. */
    @Test
    void aCrowdedParkIsSplitIntoGroupsOfNearestCompanies() {
        var rows = new StringBuilder("actor | naf | dir | resource | qty | lat | lon | extra\n");
        for (int i = 0; i < 60; i++) {
            rows.append(String.format(
                    java.util.Locale.ROOT,
                    "C%02d | 45.20A | out | palettes | 1 | %.4f | 5.9000 |%n",
                    i,
                    43.1 + i * 0.0005));
        }
        var found = groups(rows.toString());
        assertThat(found).extracting(g -> g.actors().size()).containsExactlyInAnyOrder(25, 25, 10);
        assertThat(found).allSatisfy(group -> {
            var rank = group.actors().stream()
                    .map(a -> Integer.parseInt(a.substring(1)))
                    .sorted()
                    .toList();
            // Nearest companies: a run of neighbours along the street, no gaps.
            assertThat(rank.get(rank.size() - 1) - rank.get(0)).isEqualTo(rank.size() - 1);
        });
    }

    @Test
    void twoCompaniesAreNotAGroup() {
        assertThat(groups("""
                actor    | naf    | dir | resource        | qty | lat    | lon   | extra
                Imprim   | 18.12Z | in  | EPI             |     | 43.100 | 5.900 | category=purchase
                Garage   | 45.20A | in  | gants de protection |  | 43.105 | 5.905 | category=purchase
                """)).isEmpty();
    }

    @Test
    void groupsAGroupPurchaseOfProtectiveEquipment() {
        var found = groups("""
                actor    | naf    | dir | resource            | qty | lat    | lon   | extra
                Imprim   | 18.12Z | in  | EPI                 |     | 43.100 | 5.900 | category=purchase
                Garage   | 45.20A | in  | gants de protection |     | 43.105 | 5.905 | category=purchase
                Chantier | 43.99D | in  | PPE                 |     | 43.102 | 5.899 | category=purchase
                """);
        assertThat(found).extracting(Mutualisation::themeId).containsExactly("ppe-purchase");
    }
}
