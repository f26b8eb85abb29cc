package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.knowledge.KnowledgeBase;

class FamilyClassifierTest {

    private static final FamilyClassifier CLASSIFIER = new FamilyClassifier(KnowledgeBase.load());

    private static List<String> families(String label) {
        return CLASSIFIER.classify(label, null, null).stream()
                .map(Classification::family)
                .toList();
    }

    @Test
    void readsTheResourceBeforeAPurposeOrOriginClause() {
        assertThat(families("steam for refinery processes")).containsExactly("steam");
        assertThat(families("CO2 from ammonia plant")).containsExactly("co2");
        assertThat(families("vapeur pour le process")).containsExactly("steam");
        assertThat(families("gypsum for plasterboard")).first().isEqualTo("gypsum");
    }

    @Test
    void stillUsesTheClauseWhenAKnownNameNeedsIt() {
        assertThat(families("combustibles issus de déchets")).containsExactly("alternative-fuels");
        assertThat(families("fuel for cement kiln")).first().isEqualTo("alternative-fuels");
    }

    @Test
    void knowsRecurrentByProductsOfProcessIndustries() {
        assertThat(families("ammonium sulphate crystals")).first().isEqualTo("ammonium-salts");
        assertThat(families("ammonium thiosulphate solution (ATS)")).first().isEqualTo("ammonium-salts");
        assertThat(families("bagasse")).containsExactly("bagasse");
        assertThat(families("bittern")).containsExactly("brines");
        assertThat(families("corn steep liquor")).containsExactly("starch-by-products");
        assertThat(families("C molasses")).containsExactly("molasses");
    }

    @Test
    void tellsTyreCasingsFromAnimalCarcasses() {
        assertThat(families("carcasses de pneus")).containsExactly("tyres");
        assertThat(families("animal carcasses")).containsExactly("animal-by-products");
        assertThat(families("plasterboard waste")).containsExactly("plasterboard-waste");
    }
}
