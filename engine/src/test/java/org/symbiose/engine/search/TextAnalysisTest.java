package org.symbiose.engine.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void foldsCaseAccentsAndLigatures() {
        assertThat(TextAnalysis.fold("Fréjus")).isEqualTo("frejus");
        assertThat(TextAnalysis.fold("ŒUVRE Côté")).isEqualTo("oeuvre cote");
    }

    @Test
    void splitsOnHyphensApostrophesAndSlashes() {
        assertThat(TextAnalysis.words("La Seyne-sur-Mer")).containsExactly("la", "seyne", "sur", "mer");
        assertThat(TextAnalysis.words("emballages en papier/carton d'origine"))
                .containsExactly("emballages", "en", "papier", "carton", "d", "origine");
    }

    @Test
    void compactsCodesToLettersAndDigits() {
        assertThat(TextAnalysis.compactCode("16 01 04*")).isEqualTo("160104");
        assertThat(TextAnalysis.compactCode("10.71C")).isEqualTo("1071c");
    }

    @Test
    void givesSingularAndPluralACommonStemInFrenchAndEnglish() {
        assertThat(TextAnalysis.stems("palettes")).containsAnyElementsOf(TextAnalysis.stems("palette"));
        assertThat(TextAnalysis.stems("pallets")).containsAnyElementsOf(TextAnalysis.stems("pallet"));
        assertThat(TextAnalysis.stems("batteries")).containsAnyElementsOf(TextAnalysis.stems("battery"));
        assertThat(TextAnalysis.stems("metaux")).containsAnyElementsOf(TextAnalysis.stems("metal"));
    }

    @Test
    void stemsLabelWordsInTheirOwnLanguageOnly() {
        assertThat(TextAnalysis.stems("palettes", Language.FRENCH)).containsExactlyInAnyOrder("palettes", "palet");
        assertThat(TextAnalysis.stems("plaster", Language.ENGLISH)).containsExactly("plaster");
        assertThat(TextAnalysis.stems("plaster", Language.ENGLISH))
                .doesNotContainAnyElementsOf(TextAnalysis.stems("plastique", Language.FRENCH));
    }

    @Test
    void leavesNumbersUnstemmed() {
        assertThat(TextAnalysis.stems("13001")).containsExactly("13001");
        assertThat(TextAnalysis.isNumber("13001")).isTrue();
        assertThat(TextAnalysis.isNumber("c25")).isFalse();
    }

    @Test
    void treatsArticlesAndPrepositionsAsStopWords() {
        assertThat(TextAnalysis.isStopWord("de")).isTrue();
        assertThat(TextAnalysis.isStopWord("the")).isTrue();
        assertThat(TextAnalysis.isStopWord("bois")).isFalse();
    }
}
