package org.symbiose.engine.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.symbiose.engine.nomenclature.EmissionFactor.Category;
import org.symbiose.engine.nomenclature.EmissionFactor.Role;

class EmissionFactorCatalogueTest {

    private final EmissionFactorCatalogue catalogue = EmissionFactorCatalogue.load();

    @Test
    void holdsTheCuratedBaseCarboneFactors() {
        assertThat(catalogue.listAll()).hasSize(85);
        assertThat(catalogue.listByCategory(Category.WASTE_TREATMENT)).hasSize(41);
        assertThat(catalogue.listByCategory(Category.MATERIAL_PRODUCTION)).hasSize(21);
        assertThat(catalogue.listAll()).allSatisfy(factor -> {
            assertThat(factor.sourceName()).isEqualTo("ADEME Base Carbone v23.6");
            assertThat(factor.sourceId()).isNotBlank();
        });
    }

    @Test
    void readsAFactorWithItsUnitSourceAndUncertainty() {
        EmissionFactor truck = catalogue.get("truck_articulated_34_40t_diesel");
        assertThat(truck.category()).isEqualTo(Category.TRANSPORT_ROAD);
        assertThat(truck.value()).isEqualTo(0.0875);
        assertThat(truck.unitStd()).isEqualTo("kgCO2e/t.km");
        assertThat(truck.sourceId()).isEqualTo("43643");
        assertThat(truck.uncertaintyPct()).isEqualTo(70.0);
        assertThat(truck.role()).isNull();
        assertThat(truck.citation()).contains("Base Carbone® – ADEME, version 23.6", "43643");
    }

    @Test
    void givesWasteTreatmentsARoleAndOthersNone() {
        assertThat(catalogue.listAll())
                .allSatisfy(factor ->
                        assertThat(factor.role() != null).isEqualTo(factor.category() == Category.WASTE_TREATMENT));
        assertThat(catalogue.listByCategory(Category.WASTE_TREATMENT))
                .filteredOn(factor -> factor.role() == Role.AVOIDED_EMISSIONS)
                .hasSize(14)
                .allSatisfy(factor -> assertThat(factor.value()).isNegative());
    }

    @Test
    void convertsThePaperFactorFromKilogramsToTonnes() {
        EmissionFactor paper = catalogue.get("paper_average");
        assertThat(paper.unit()).isEqualTo("kgCO2e/Kg");
        assertThat(paper.valueStd()).isEqualTo(paper.value() * 1000);
    }

    @Test
    void leavesUncertaintyEmptyWhenTheSourceGivesNone() {
        assertThat(catalogue.listAll())
                .filteredOn(factor -> factor.uncertaintyPct() == null)
                .hasSize(3);
    }

    @Test
    void namesTheKeyItCannotFind() {
        assertThat(catalogue.find("pallet")).isEmpty();
        assertThatThrownBy(() -> catalogue.get("pallet"))
                .isInstanceOf(CodeNotFoundException.class)
                .hasMessageContaining("'pallet'");
    }
}
