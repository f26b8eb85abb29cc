package org.symbiose.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.actor.Siret;

class GeneratorPartsTest {

    @Test
    void siretsHaveValidKeysAndDistinctSirens() {
        var sirets = new Sirets(123);
        for (int n = 0; n < 10_000; n++) {
            String siret = sirets.siret(n, 1 + n % 3);
            assertThat(Siret.isValid(siret)).as(siret).isTrue();
            assertThat(Siret.isValid("00000" + siret.substring(0, 9)))
                    .as("the SIREN's own key holds: " + siret)
                    .isTrue();
        }
        assertThat(sirets.siret(0, 1).substring(0, 9))
                .isNotEqualTo(sirets.siret(1, 1).substring(0, 9));
    }

    @Test
    void parksAreNamedWithFrenchElision() {
        assertThat(BusinessParks.of("Vitrolles")).isEqualTo("de Vitrolles");
        assertThat(BusinessParks.of("Aubagne")).isEqualTo("d'Aubagne");
        assertThat(BusinessParks.of("Le Cannet")).isEqualTo("du Cannet");
        assertThat(BusinessParks.of("Les Mées")).isEqualTo("des Mées");
        assertThat(BusinessParks.of("La Ciotat")).isEqualTo("de La Ciotat");
    }

    @Test
    void labelsTakeTheOtherNumberOnTheirHeadWord() {
        assertThat(LabelNoise.otherNumber("palettes bois", false)).isEqualTo("palette bois");
        assertThat(LabelNoise.otherNumber("boue de décarbonatation", false)).isEqualTo("boues de décarbonatation");
        assertThat(LabelNoise.otherNumber("wood pallet", true)).isEqualTo("wood pallets");
        assertThat(LabelNoise.otherNumber("glass", true)).isEqualTo("glass");
        assertThat(LabelNoise.otherNumber("DEEE", false)).isEqualTo("DEEE");
    }

    @Test
    void labelsLoseAccentsAndGetTypos() {
        assertThat(LabelNoise.withoutAccents("cœur de bâtiment, déchets")).isEqualTo("coeur de batiment, dechets");
        String typo = LabelNoise.withTypo("carton", new SplittableRandom(1));
        assertThat(typo).isNotEqualTo("carton").hasSizeBetween(5, 7);
    }

    @Test
    void quantitiesAreRoundedToTwoSignificantDigits() {
        assertThat(Draw.roughly(1234)).isEqualTo(1200);
        assertThat(Draw.roughly(0.0467)).isEqualTo(0.047);
        assertThat(Draw.roughly(9.96)).isEqualTo(10);
    }
}
