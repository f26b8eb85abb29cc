package org.symbiose.engine.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbiose.engine.search.TextAnalysis;

class WasteCatalogueTest {

    private final WasteCatalogue catalogue = WasteCatalogue.load();

    private List<String> search(String query, int limit) {
        return catalogue.search(query, limit).stream().map(WasteCode::code).toList();
    }

    @Test
    void holdsTheOfficialListCounts() {
        assertThat(catalogue.listEntries()).hasSize(842);
        assertThat(catalogue.listEntries()).filteredOn(WasteCode::hazardous).hasSize(408);
        assertThat(catalogue.listAll()).hasSize(973);
        assertThat(catalogue.listAll())
                .filteredOn(code -> code.level() == WasteCode.Level.CHAPTER)
                .hasSize(20);
    }

    @Test
    void isLoadedOnce() {
        assertThat(WasteCatalogue.load()).isSameAs(catalogue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15 01 03", "150103", "15.01.03", "15-01-03", " 150103 ", "15\u00a001\u00a003"})
    void findsACodeWrittenInAnyUsualForm(String written) {
        assertThat(catalogue.find(written)).map(WasteCode::code).hasValue("150103");
    }

    @ParameterizedTest
    @ValueSource(strings = {"16 01 04*", " 160104 * ", "160104*", "16 01 04"})
    void findsAHazardousCodeWithOrWithoutItsAsterisk(String written) {
        WasteCode code = catalogue.find(written).orElseThrow();
        assertThat(code.display()).isEqualTo("16 01 04*");
        assertThat(code.hazardous()).isTrue();
    }

    @Test
    void refusesAnAsteriskOnANonHazardousCode() {
        assertThat(catalogue.find("15 01 03*")).isEmpty();
    }

    @Test
    void findsChaptersAndSubChapters() {
        assertThat(catalogue.get("15").level()).isEqualTo(WasteCode.Level.CHAPTER);
        assertThat(catalogue.get("15").subChapter()).isNull();
        WasteCode subChapter = catalogue.get("15 01");
        assertThat(subChapter.level()).isEqualTo(WasteCode.Level.SUB_CHAPTER);
        assertThat(subChapter.chapter()).isEqualTo("15");
        assertThat(subChapter.hazardous()).isFalse();
    }

    @Test
    void carriesFrenchAndEnglishLabels() {
        WasteCode pallets = catalogue.get("150103");
        assertThat(pallets.display()).isEqualTo("15 01 03");
        assertThat(pallets.chapter()).isEqualTo("15");
        assertThat(pallets.subChapter()).isEqualTo("1501");
        assertThat(pallets.labelFr()).isEqualTo("emballages en bois");
        assertThat(pallets.labelEn()).isEqualTo("wooden packaging");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99 99 99", "1501033", "palette", ""})
    void namesTheCodeItCannotFind(String unknown) {
        assertThatThrownBy(() -> catalogue.get(unknown))
                .isInstanceOf(CodeNotFoundException.class)
                .hasMessageContaining("'" + unknown + "'")
                .satisfies(e -> assertThat(((CodeNotFoundException) e).nomenclature())
                        .isEqualTo(CodeNotFoundException.Nomenclature.WASTE));
    }

    @Test
    void findsPalletsThroughEverydayWord() {
        assertThat(search("palette", 10)).first().isEqualTo("150103");
    }

    @ParameterizedTest
    @ValueSource(strings = {"palettes", "pâlettes", "PALETTE", "Palette", "pallets", "wooden pallet", "palet"})
    void findsPalletsWhateverTheCaseAccentsPluralOrLanguage(String query) {
        assertThat(search(query, 5)).first().isEqualTo("150103");
    }

    @Test
    void findsCardboardInPackagingAndInMunicipalPaper() {
        assertThat(search("carton", 5)).contains("150101", "200101");
        assertThat(search("cartons", 5)).contains("150101", "200101");
    }

    @Test
    void findsOilCodesForHuile() {
        List<WasteCode> found = catalogue.search("huile", 10);
        assertThat(found)
                .hasSize(10)
                .allSatisfy(
                        code -> assertThat(TextAnalysis.fold(code.labelFr())).contains("huile"));
        assertThat(search("huile alimentaire", 3)).first().isEqualTo("200125");
        assertThat(search("huiles usagées", 5)).contains("130205");
    }

    @Test
    void findsTheEntriesOfASubChapterByTheStartOfTheCodeInCodeOrder() {
        assertThat(search("1501", 20))
                .containsExactly(
                        "150101", "150102", "150103", "150104", "150105", "150106", "150107", "150109", "150110",
                        "150111");
    }

    @Test
    void findsEveryEntryFirstByItsDisplayedCode() {
        assertThat(catalogue.listEntries())
                .allSatisfy(
                        code -> assertThat(catalogue.search(code.display(), 1)).containsExactly(code));
    }

    @Test
    void findsEverydayWordsOfTheShopFloor() {
        assertThat(search("DEEE", 10)).contains("200136", "160214");
        assertThat(search("WEEE", 10)).contains("200136", "160214");
        assertThat(search("biodéchets", 3)).first().isEqualTo("200108");
        assertThat(search("néons", 3)).first().isEqualTo("200121");
        assertThat(search("chiffons souillés", 3)).first().isEqualTo("150202");
        assertThat(search("plâtre", 5)).contains("170802");
        assertThat(search("ferraille", 5)).contains("170405");
        assertThat(search("toner", 5)).contains("080318");
        assertThat(search("pneus", 3)).first().isEqualTo("160103");
    }

    @Test
    void searchesEntriesOnlyAsHeadingsCannotBeDeclared() {
        assertThat(catalogue.search("huiles", 50))
                .allSatisfy(code -> assertThat(code.isEntry()).isTrue());
        assertThat(catalogue.search("15", 5))
                .allSatisfy(code -> assertThat(code.code()).startsWith("15"));
    }

    @Test
    void searchesEnglishLabels() {
        assertThat(search("wooden packaging", 3)).first().isEqualTo("150103");
        assertThat(search("end-of-life tyres", 3)).first().isEqualTo("160103");
    }

    @Test
    void completesTheWordBeingTyped() {
        assertThat(search("emballages en bo", 3)).first().isEqualTo("150103");
        assertThat(search("palet", 3)).first().isEqualTo("150103");
    }

    @Test
    void ranksOfficialLabelsBeforeEverydayKeywords() {
        List<String> found = search("verre", 100);
        assertThat(found.indexOf("170604"))
                .isGreaterThan(found.indexOf("200102"))
                .isGreaterThan(found.indexOf("170202"));
    }
}
