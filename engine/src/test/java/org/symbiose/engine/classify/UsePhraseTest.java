package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Needs that name a use, as people write them in French and English (issue 13, item 2). */
class UsePhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Raw material for Alcohol production              | MATERIAL | ''         | Alcohol production               | false
            raw materials for our process                    | MATERIAL | ''         | process                          | true
            input for the kiln                               | MATERIAL | ''         | kiln                             | true
            feedstock for biodiesel                          | MATERIAL | ''         | biodiesel                        | false
            sulphur feedstock for sulphuric acid             | MATERIAL | sulphur    | sulphuric acid                   | false
            gypsum as raw material for acid and cement       | MATERIAL | gypsum     | acid and cement                  | false
            raw material substitute for clinker              | MATERIAL | ''         | clinker                          | false
            fuel for boilers                                 | FUEL     | ''         | boilers                          | true
            alternative fuel for cement kiln                 | FUEL     | ''         | cement kiln                      | false
            fuel for our cement kiln                         | FUEL     | ''         | cement kiln                      | true
            matière première pour notre procédé              | MATERIAL | ''         | procédé                          | true
            Matières premières pour la fabrication de tuiles | MATERIAL | ''         | fabrication de tuiles            | false
            matière première secondaire pour l'usine         | MATERIAL | ''         | usine                            | true
            intrants pour la méthanisation                   | MATERIAL | ''         | méthanisation                    | false
            combustible pour notre four                      | FUEL     | ''         | four                             | true
            combustibles de substitution pour la cimenterie  | FUEL     | ''         | cimenterie                       | false
            combustible pour chaudière                       | FUEL     | ''         | chaudière                        | true
            Combustibles pour chaudiere bois                 | FUEL     | ''         | chaudiere bois                   | true
            fuel for the biomass boiler                      | FUEL     | ''         | biomass boiler                   | true
            Feedstock for anaerobic digestion                | MATERIAL | ''         | anaerobic digestion              | false
            """)
    void readsTheUseAndItsProcess(String label, UsePhrase.Role role, String resource, String object, boolean own) {
        var phrase = UsePhrase.read(label).orElseThrow();

        assertThat(phrase.role()).isEqualTo(role);
        assertThat(phrase.resource()).isEqualTo(resource);
        assertThat(phrase.object()).isEqualTo(object);
        assertThat(phrase.ownProcess()).isEqualTo(own);
        assertThat(phrase.objectNamesAnActivity()).isEqualTo(!own || object.contains("cement"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            animal feed
            heat for district heating network
            gypsum for plasterboard
            palettes usagées à reconditionner
            raw materials
            matières premières
            fuel
            chaleur pour le séchage
            feed for worms
            biofuel
            """)
    void aResourceOrAGenericWordIsNoUse(String label) {
        assertThat(UsePhrase.read(label)).isEmpty();
    }
}
