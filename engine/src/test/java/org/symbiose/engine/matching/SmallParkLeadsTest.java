package org.symbiose.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.knowledge.KnowledgeBase;

/**
 * A park of eight companies that wrote their activities in words, without NAF codes, and declared few
 * needs (issue 13, item 3): each supply still gets leads, the companies whose activity uses the resource,
 * marked prospective and saying how they were found.
 */
class SmallParkLeadsTest {

    static final Matcher MATCHER = new Matcher(KnowledgeBase.load());

    static final String PARK = """
            actor       | naf | dir | resource                 | qty  | lat    | lon   | extra
            Brasserie   |     | out | drêches de brasserie     | 400  | 43.300 | 5.400 | activity=brasserie_artisanale
            Brasserie   |     | out | palettes bois usagées    | 20   | 43.300 | 5.400 |
            Scierie     |     | out | sciure de bois           | 900  | 43.302 | 5.404 | activity=Ets_Durand_-_scierie
            Cimenterie  |     | out | poussières de four       | 50   | 43.305 | 5.401 | activity=cimentrie
            Ferme       |     | -   |                          |      | 43.310 | 5.410 | activity=élevage_bovin_laitier
            Methaniseur |     | -   |                          |      | 43.311 | 5.402 | activity=méthaniseur_agricole
            Chaufferie  |     | -   |                          |      | 43.303 | 5.412 | activity=chaufferie_bois_collective
            Palettes    |     | -   |                          |      | 43.304 | 5.399 | activity=fab._palettes
            Bureau      |     | -   |                          |      | 43.306 | 5.406 | activity=expert-comptable
            """;

    @Test
    void everySupplyOfASmallParkGetsLeadsThroughActivities() {
        var result = MATCHER.match(Territories.parse(PARK), MatchOptions.defaults());
        Map<String, List<String>> receivers = result.substitutions().stream()
                .collect(Collectors.groupingBy(
                        Substitution::supplyFlow, Collectors.mapping(Substitution::demandActor, Collectors.toList())));

        assertThat(receivers.get("f1")).as("spent grain").contains("Ferme", "Methaniseur");
        assertThat(receivers.get("f2")).as("used pallets").contains("Palettes", "Chaufferie");
        assertThat(receivers.get("f3")).as("sawdust").contains("Chaufferie", "Palettes");
        assertThat(receivers.values()).allSatisfy(found -> assertThat(found).doesNotContain("Bureau"));
        assertThat(result.substitutions()).allSatisfy(s -> {
            assertThat(s.isProspective()).isTrue();
            assertThat(s.reasonsFr()).anySatisfy(r -> assertThat(r).startsWith("Activité «\u00a0"));
            assertThat(s.reasonsFr()).anySatisfy(r -> assertThat(r).contains("n'a rien déclaré"));
            assertThat(s.reasonsEn()).anySatisfy(r -> assertThat(r).startsWith("Activity \u201c"));
        });
    }
}
