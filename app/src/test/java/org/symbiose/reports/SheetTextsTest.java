package org.symbiose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetTextsTest {

    @Test
    void dropsATitleRepeatedAtTheStartOfTheDescription() {
        assertThat(SheetTexts.withoutLeadingTitle(
                        "Projet HyaMMED", "Projet HyaMMED : valorisation d'hydrogène co-produit"))
                .isEqualTo("Valorisation d'hydrogène co-produit");
        assertThat(SheetTexts.withoutLeadingTitle(
                        "Collecte des déchets d'olives", "collecte des dechets d'olives : identifier les huiles"))
                .isEqualTo("Identifier les huiles");
    }

    @Test
    void aDescriptionThatIsOnlyItsTitleSaysNothing() {
        assertThat(SheetTexts.withoutLeadingTitle("Mutualisation d'un compacteur", "Mutualisation d'un compacteur"))
                .isNull();
        assertThat(SheetTexts.withoutLeadingTitle("Autres flux", "Autres flux,..."))
                .isNull();
    }

    @Test
    void keepsADescriptionThatDoesNotRepeatTheTitle() {
        assertThat(SheetTexts.withoutLeadingTitle("Biodéchets", "Recensement des gisements"))
                .isEqualTo("Recensement des gisements");
        assertThat(SheetTexts.withoutLeadingTitle("Bio", "Biodéchets collectés"))
                .isEqualTo("Biodéchets collectés");
        assertThat(SheetTexts.withoutLeadingTitle("Bio", null)).isNull();
    }
}
