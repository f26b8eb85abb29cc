package org.symbiose.engine.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NafCatalogueTest {

    private final NafCatalogue catalogue = NafCatalogue.load();

    private List<String> search(String query, int limit) {
        return catalogue.search(query, limit).stream().map(NafCode::code).toList();
    }

    @Test
    void holdsTheFiveLevelsOfNafRev2() {
        Map<NafCode.Level, Long> counts =
                catalogue.listAll().stream().collect(Collectors.groupingBy(NafCode::level, Collectors.counting()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        NafCode.Level.SECTION, 21L,
                        NafCode.Level.DIVISION, 88L,
                        NafCode.Level.GROUP, 272L,
                        NafCode.Level.CLASS, 615L,
                        NafCode.Level.SUB_CLASS, 732L));
        assertThat(catalogue.listSubClasses()).hasSize(732);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.71C", "1071C", "10.71c", " 10.71C ", "10 71 C"})
    void findsASubClassWrittenWithOrWithoutTheDot(String written) {
        assertThat(catalogue.find(written)).map(NafCode::code).hasValue("10.71C");
    }

    @Test
    void findsNaceCodesAsTheirNafLevel() {
        assertThat(catalogue.get("10.71").level()).isEqualTo(NafCode.Level.CLASS);
        assertThat(catalogue.get("1071").code()).isEqualTo("10.71");
        assertThat(catalogue.get("10.7").level()).isEqualTo(NafCode.Level.GROUP);
        assertThat(catalogue.get("10").level()).isEqualTo(NafCode.Level.DIVISION);
        assertThat(catalogue.get("c").code()).isEqualTo("C");
        assertThat(catalogue.get("C").level()).isEqualTo(NafCode.Level.SECTION);
    }

    @Test
    void namesTheCodeItCannotFind() {
        assertThatThrownBy(() -> catalogue.get("99.99Z"))
                .isInstanceOf(CodeNotFoundException.class)
                .hasMessageContaining("'99.99Z'");
    }

    @Test
    void givesSubClassesTheEnglishLabelOfTheirClass() {
        NafCode bakery = catalogue.get("10.71C");
        assertThat(bakery.labelFr()).isEqualTo("Boulangerie et boulangerie-pâtisserie");
        assertThat(bakery.labelEn()).isEqualTo(catalogue.get("10.71").labelEn());
        assertThat(bakery.labelEnInherited()).isTrue();
        assertThat(catalogue.get("10.71").labelEnInherited()).isFalse();
        assertThat(catalogue.listAll())
                .allSatisfy(code -> assertThat(code.labelEn()).isNotBlank());
    }

    @Test
    void walksUpFromASubClassToItsSection() {
        assertThat(catalogue.parent("10.71C")).map(NafCode::code).hasValue("10.71");
        assertThat(catalogue.ancestors("1071C")).extracting(NafCode::code).containsExactly("C", "10", "10.7", "10.71");
        assertThat(catalogue.get("10.71C").section()).isEqualTo("C");
        assertThat(catalogue.parent("C")).isEmpty();
        assertThat(catalogue.ancestors("C")).isEmpty();
        assertThatThrownBy(() -> catalogue.parent("99.99Z")).isInstanceOf(CodeNotFoundException.class);
    }

    @Test
    void everyParentExists() {
        Map<String, NafCode> byCode =
                catalogue.listAll().stream().collect(Collectors.toMap(NafCode::code, Function.identity()));
        assertThat(catalogue.listAll())
                .filteredOn(code -> code.parentCode() != null)
                .allSatisfy(code -> assertThat(byCode).containsKey(code.parentCode()));
    }

    @Test
    void findsBakeriesByTheirFrenchName() {
        List<String> found = search("boulangerie", 10);
        assertThat(found).first().isEqualTo("10.71C");
        assertThat(found).contains("10.71B", "10.7");
        assertThat(search("boulangeries", 10)).first().isEqualTo("10.71C");
    }

    @Test
    void findsActivitiesByTheirEnglishName() {
        assertThat(search("bakery", 10)).contains("10.7");
        assertThat(search("waste collection", 5)).contains("38.1");
    }

    @Test
    void findsCodesByTheirStart() {
        assertThat(search("10.7", 20)).startsWith("10.7", "10.71", "10.71A", "10.71B");
        assertThat(search("10.71C", 5)).first().isEqualTo("10.71C");
    }

    @Test
    void searchesAgainGiveTheSameResultsForTheirOwnLimit() {
        List<NafCode> first = catalogue.search("boulangerie", 3);
        assertThat(catalogue.search("boulangerie", 3)).isEqualTo(first);
        assertThat(catalogue.search("boulangerie", 1)).containsExactly(first.get(0));
        assertThat(catalogue.search("boulangerie ", 3)).hasSizeLessThanOrEqualTo(3);
        assertThat(catalogue.search("boulangerie", 0)).isEmpty();
        assertThatThrownBy(() -> catalogue.search("boulangerie", 3).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.search("boulangerie", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
