package org.symbiose.engine.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommuneCatalogueTest {

    private final CommuneCatalogue catalogue = CommuneCatalogue.load();

    private List<String> search(String query, int limit) {
        return catalogue.search(query, limit).stream().map(Commune::inseeCode).toList();
    }

    @Test
    void holdsTheCommunesOfTheSixDepartments() {
        assertThat(catalogue.listAll()).hasSize(946);
        Map<String, Long> perDepartment = catalogue.listAll().stream()
                .collect(Collectors.groupingBy(Commune::departmentCode, Collectors.counting()));
        assertThat(perDepartment)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("04", 198L, "05", 162L, "06", 163L, "13", 119L, "83", 153L, "84", 151L));
        assertThat(catalogue.listAll()).allSatisfy(commune -> {
            assertThat(commune.postcodes()).isNotEmpty();
            assertThat(commune.location().isInProvenceAlpesCoteDAzur()).isTrue();
        });
    }

    @Test
    void findsACommuneByItsInseeCode() {
        Commune seyne = catalogue.get("83126");
        assertThat(seyne.name()).isEqualTo("La Seyne-sur-Mer");
        assertThat(seyne.departmentCode()).isEqualTo("83");
        assertThat(seyne.departmentName()).isEqualTo("Var");
        assertThat(seyne.postcodes()).containsExactly("83500");
        assertThat(seyne.population()).isGreaterThan(50_000);
        assertThat(seyne.epciSiren()).hasSize(9);
        assertThat(seyne.latitude()).isCloseTo(43.08, within(0.05));
        assertThat(seyne.longitude()).isCloseTo(5.87, within(0.05));
    }

    @Test
    void keepsLeadingZerosOfCodes() {
        assertThat(catalogue.get("04001").name()).isEqualTo("Aiglun");
        assertThat(catalogue.get("04001").departmentCode()).isEqualTo("04");
    }

    @Test
    void namesTheCodeItCannotFind() {
        assertThatThrownBy(() -> catalogue.get("75056"))
                .isInstanceOf(CodeNotFoundException.class)
                .hasMessageContaining("'75056'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            la seyne sur mer      | 83126
            LA SEYNE-SUR-MER      | 83126
            SIX FOURS LES PLAGES  | 83129
            six-fours-les-plages  | 83129
            frejus                | 83061
            St-Raphaël            | 83118
            saint raphael         | 83118
            Vitrolles (13)        | 13117
            """)
    void findsACommuneByItsNameHoweverItIsWritten(String name, String inseeCode) {
        assertThat(catalogue.findByName(name)).map(Commune::inseeCode).hasValue(inseeCode);
    }

    @Test
    void findsNothingByAnAmbiguousNameButListsTheCandidates() {
        assertThat(catalogue.findByName("Vitrolles")).isEmpty();
        assertThat(catalogue.listByName("vitrolles"))
                .extracting(Commune::departmentCode)
                .containsExactlyInAnyOrder("05", "13");
        assertThat(catalogue.findByName("Seyne sur")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            83126             | 83126
            83500             | 83126
            La Seyne-sur-Mer  | 83126
            04140             | 04140
            13001             | 13001
            """)
    void resolvesCodesThenUniquePostcodesThenNames(String text, String inseeCode) {
        assertThat(catalogue.resolve(text)).map(Commune::inseeCode).hasValue(inseeCode);
    }

    @Test
    void resolvesNothingFromAPostcodeSharedByManyCommunes() {
        assertThat(catalogue.resolve("04510")).isEmpty();
        assertThat(catalogue.resolve("99999")).isEmpty();
    }

    @Test
    void listsTheCommunesOfAPostcode() {
        assertThat(catalogue.listByPostcode("13001")).extracting(Commune::name).containsExactly("Marseille");
        assertThat(catalogue.listByPostcode("04510")).hasSize(5);
        assertThat(catalogue.listByPostcode("75001")).isEmpty();
    }

    @Test
    void listsTheSixteenPostcodesOfMarseille() {
        assertThat(catalogue.get("13055").postcodes()).hasSize(16).contains("13001", "13016");
    }

    @Test
    void findsLaSeyneWhenSearchingSeyne() {
        assertThat(search("seyne", 10)).contains("83126");
        assertThat(search("Seyne sur mer", 10)).first().isEqualTo("83126");
        assertThat(search("la seyne", 10)).first().isEqualTo("83126");
    }

    @Test
    void searchesWithoutAccentsOrAbbreviations() {
        assertThat(search("frejus", 5)).first().isEqualTo("83061");
        assertThat(search("st raphael", 5)).first().isEqualTo("83118");
        assertThat(search("st raph", 5)).first().isEqualTo("83118");
    }

    @Test
    void searchesByPostcode() {
        assertThat(search("83500", 5)).first().isEqualTo("83126");
        assertThat(search("1300", 20)).contains("13055");
    }
}
