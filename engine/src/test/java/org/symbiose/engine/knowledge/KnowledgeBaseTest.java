package org.symbiose.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;

/** The shipped knowledge base covers the nomenclatures whole and refers only to what exists. */
class KnowledgeBaseTest {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    @Test
    void mapsEveryListOfWasteEntryToAFamily() {
        List<WasteCode> entries = WasteCatalogue.load().listEntries();
        assertThat(entries).hasSize(842);
        assertThat(entries)
                .allSatisfy(entry -> assertThat(KNOWLEDGE.wasteFamily(entry.code()))
                        .as("family of %s", entry.display())
                        .isPresent());
    }

    @Test
    void givesEveryNafDivisionAnActivityProfile() {
        List<NafCode> divisions = NafCatalogue.load().listAll().stream()
                .filter(code -> code.level() == NafCode.Level.DIVISION)
                .toList();
        assertThat(divisions).hasSize(88);
        assertThat(divisions)
                .allSatisfy(division -> assertThat(KNOWLEDGE.activities().of(division.code()))
                        .as("profile of division %s", division.code())
                        .isNotEqualTo(ActivityProfile.NONE));
    }

    @Test
    void holdsAtLeastThreeHundredPathwaysWithSourcesAndValidCodes() {
        NafCatalogue naf = NafCatalogue.load();
        WasteCatalogue waste = WasteCatalogue.load();
        assertThat(KNOWLEDGE.pathways()).hasSizeGreaterThanOrEqualTo(300);
        for (Pathway pathway : KNOWLEDGE.pathways()) {
            assertThat(pathway.source()).as("source of %s", pathway.id()).isNotBlank();
            assertThat(pathway.receiverFamilies().isEmpty()
                            && pathway.receiverNaf().isEmpty())
                    .as("%s reaches no receiver", pathway.id())
                    .isFalse();
            pathway.receiverNaf()
                    .forEach(code -> assertThat(naf.find(code))
                            .as("NAF %s of %s", code, pathway.id())
                            .isPresent());
            pathway.inputEwc()
                    .forEach(code -> assertThat(waste.find(code).filter(WasteCode::isEntry))
                            .as("waste code %s of %s", code, pathway.id())
                            .isPresent());
        }
    }

    @Test
    void activityProfilesReferToExistingFamilies() {
        Set<String> unknown = NafCatalogue.load().listAll().stream()
                .map(code -> KNOWLEDGE.activities().of(code.code()))
                .flatMap(profile ->
                        java.util.stream.Stream.concat(profile.produces().stream(), profile.consumes().stream()))
                .filter(family -> !KNOWLEDGE.taxonomy().contains(family))
                .collect(Collectors.toSet());
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyFamilyHasFrenchAndEnglishNamesAndADistanceLimit() {
        Taxonomy taxonomy = KNOWLEDGE.taxonomy();
        assertThat(taxonomy.listAll()).hasSizeGreaterThan(150).allSatisfy(family -> {
            assertThat(family.labelFr()).isNotBlank();
            assertThat(family.labelEn()).isNotBlank();
            assertThat(taxonomy.maxDistanceKm(family.id())).isPositive();
        });
    }

    @Test
    void refusesAPathwayThatNamesAnUnknownFamily() {
        String families = "id,parent,kind,label_fr,label_en,synonyms_fr,synonyms_en,max_distance_km\n"
                + "wood,,MATERIAL,bois,wood,,,50\n";
        String pathways = "id,label_fr,label_en,input_families,input_ewc,receiver_families,receiver_naf,"
                + "hazardous_allowed,min_temperature_c,max_temperature_c,max_distance_km,strength,use,hierarchy,"
                + "constraints_fr,constraints_en,source\n"
                + "x,x,x,wood,,plastics,,false,,,,0.5,material,recycling,,,s\n";
        assertThatThrownBy(() -> KnowledgeBase.read(
                        new StringReader(families),
                        new StringReader("code,family,confidence,note\n"),
                        new StringReader("naf,produces,consumes\n"),
                        new StringReader(pathways),
                        new StringReader("id,label_fr,label_en,kind,families,min_actors,radius_km,source\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pathways.csv: x refers to unknown family plastics");
    }
}
