package org.symbiose.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
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

    @Test
    void aPathwayExceptsOnlyFamiliesBelowItsInputs() throws Exception {
        String families = "id,parent,kind,label_fr,label_en,synonyms_fr,synonyms_en,max_distance_km\n"
                + "biowaste,,MATERIAL,biodéchets,biowaste,,,50\n"
                + "food-waste,biowaste,MATERIAL,déchets alimentaires,food waste,,,50\n"
                + "used-cooking-oil,biowaste,MATERIAL,huiles usagées,used cooking oil,,,50\n"
                + "wood,,MATERIAL,bois,wood,,,50\n";
        String header = "id,label_fr,label_en,input_families,except_families,input_ewc,receiver_families,receiver_naf,"
                + "hazardous_allowed,min_temperature_c,max_temperature_c,max_distance_km,strength,use,hierarchy,"
                + "constraints_fr,constraints_en,source\n";
        KnowledgeBase knowledge = read(
                families,
                header + "compost,x,x,biowaste,used-cooking-oil,,,81.30,false,,,,0.5,composting,recycling,,,s\n");
        Pathway compost = knowledge.pathways().get(0);
        assertThat(compost.takes("food-waste", knowledge.taxonomy())).isTrue();
        assertThat(compost.takes("biowaste", knowledge.taxonomy())).isTrue();
        assertThat(compost.takes("used-cooking-oil", knowledge.taxonomy())).isFalse();

        assertThatThrownBy(() -> read(
                        families, header + "compost,x,x,biowaste,wood,,,81.30,false,,,,0.5,composting,recycling,,,s\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pathways.csv: compost excepts wood, which is below none of its input families");
    }

    @Test
    void refusesAPathwayWithAnUnknownUseOrLevelNamingTheLine() {
        String families = "id,parent,kind,label_fr,label_en,synonyms_fr,synonyms_en,max_distance_km\n"
                + "wood,,MATERIAL,bois,wood,,,50\n";
        String header = "id,label_fr,label_en,input_families,input_ewc,receiver_families,receiver_naf,"
                + "hazardous_allowed,min_temperature_c,max_temperature_c,max_distance_km,strength,use,hierarchy,"
                + "constraints_fr,constraints_en,source\n";
        assertThatThrownBy(() -> read(families, header + "x,x,x,wood,,wood,,false,,,,0.5,fodder,recycling,,,s\n"))
                .hasMessageContaining("pathways.csv, line 2")
                .hasMessageContaining("unknown use \"fodder\"");
        assertThatThrownBy(() -> read(families, header + "x,x,x,wood,,wood,,false,,,,0.5,feed,upcycling,,,s\n"))
                .hasMessageContaining("pathways.csv, line 2")
                .hasMessageContaining("unknown waste hierarchy level \"upcycling\"");
        assertThatThrownBy(() -> read(families, header + "x,x,x,wood,,wood,,false,,,,0.5,,recycling,,,s\n"))
                .hasMessageContaining("pathway x names no use");
    }

    @Test
    void everyPathwayNamesItsUsesAndItsLevelInTheWasteHierarchy() {
        Map<String, Pathway> byId = new java.util.HashMap<>();
        KNOWLEDGE.pathways().forEach(p -> byId.put(p.id(), p));
        assertThat(KNOWLEDGE.pathways())
                .allSatisfy(p -> assertThat(p.uses()).as(p.id()).isNotEmpty());
        assertThat(byId.get("pallets-reuse").hierarchy()).isEqualTo(WasteHierarchy.REUSE);
        assertThat(byId.get("broken-pallets-to-repair").hierarchy()).isEqualTo(WasteHierarchy.PREPARATION_FOR_REUSE);
        assertThat(byId.get("mixed-wood-to-particleboard").hierarchy()).isEqualTo(WasteHierarchy.RECYCLING);
        assertThat(byId.get("waste-wood-to-solid-fuel").hierarchy()).isEqualTo(WasteHierarchy.OTHER_RECOVERY);
        assertThat(byId.get("sewage-sludge-to-land-spreading").uses()).containsExactly(PathwayUse.SPREADING);
        assertThat(byId.get("former-foodstuffs-to-feed").uses()).containsExactly(PathwayUse.FEED);
        // Every pathway that feeds animals names feed among its uses: what the rules of law rely on.
        assertThat(KNOWLEDGE.pathways())
                .filteredOn(p -> p.receiverFamilies().contains("animal-feed"))
                .allSatisfy(p -> assertThat(p.uses()).as(p.id()).contains(PathwayUse.FEED));
        assertThat(KNOWLEDGE.pathways())
                .filteredOn(p -> p.receiverFamilies().contains("fertiliser-soil-improver"))
                .allSatisfy(p -> assertThat(p.uses())
                        .as(p.id())
                        .containsAnyOf(
                                PathwayUse.SOIL,
                                PathwayUse.SPREADING,
                                PathwayUse.GROWING_MEDIA,
                                // A licensed soil-remediation platform (sewage-sludge-to-soil-remediation).
                                PathwayUse.LICENSED_TREATMENT));
    }

    private static KnowledgeBase read(String families, String pathways) throws java.io.IOException {
        return KnowledgeBase.read(
                new StringReader(families),
                new StringReader("code,family,confidence,note\n"),
                new StringReader("naf,produces,consumes\n"),
                new StringReader(pathways),
                new StringReader("id,label_fr,label_en,kind,families,min_actors,radius_km,source\n"));
    }
}
