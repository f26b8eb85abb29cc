package org.symbiose.impacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * The demo network's computed figures, as FiguresService gave them when it still read every feature's
 * table itself (captured before each feature published its own queries): the home page, the sheets'
 * "calculé" figures and the PDFs show the same numbers since.
 */
class FiguresUnchangedTest extends WebTestBase {

    @Autowired
    FiguresService figures;

    @Autowired
    InitiativeRepository initiatives;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            adeto | COMPANIES_ENGAGED=62, MEMBER_COMPANIES=62, DIAGNOSTICS=26, DIAGNOSTICS_FULL=5, DIAGNOSTICS_FLASH=0, DIAGNOSTICS_BIOWASTE=15, DIAGNOSTICS_PALLETS=6, SYNERGIES_IDENTIFIED=6, SYNERGIES_REALISED=3, SYNERGIES_IN_PROGRESS=3, GROUP_PURCHASES=7, TONNES_VALORISED=0, CO2_AVOIDED_T=0, WORKSHOPS=1
            authentic-provence | SYNERGIES_IDENTIFIED=6, SYNERGIES_REALISED=2, SYNERGIES_IN_PROGRESS=1, TONNES_VALORISED=0, CO2_AVOIDED_T=0
            cavem | SYNERGIES_IDENTIFIED=12, SYNERGIES_REALISED=8, SYNERGIES_IN_PROGRESS=3, TONNES_VALORISED=0, CO2_AVOIDED_T=0
            club-pal | SYNERGIES_IDENTIFIED=7, SYNERGIES_REALISED=3, SYNERGIES_IN_PROGRESS=3, TONNES_VALORISED=0, CO2_AVOIDED_T=0
            ebg | SYNERGIES_IDENTIFIED=4, SYNERGIES_REALISED=2, SYNERGIES_IN_PROGRESS=1, TONNES_VALORISED=0, CO2_AVOIDED_T=0
            entrepreneurs-des-sorgues | SYNERGIES_IDENTIFIED=11, SYNERGIES_REALISED=3, SYNERGIES_IN_PROGRESS=3, TONNES_VALORISED=0, CO2_AVOIDED_T=0
            argile-circulaire | SYNERGIES_IDENTIFIED=8, SYNERGIES_REALISED=0, SYNERGIES_IN_PROGRESS=4, TONNES_VALORISED=0, CO2_AVOIDED_T=0
            piicto | COMPANIES_ENGAGED=18, MEMBER_COMPANIES=18, DIAGNOSTICS=16, DIAGNOSTICS_FULL=16, DIAGNOSTICS_FLASH=0, DIAGNOSTICS_BIOWASTE=0, DIAGNOSTICS_PALLETS=0, SYNERGIES_IDENTIFIED=6, SYNERGIES_REALISED=3, SYNERGIES_IN_PROGRESS=2, GROUP_PURCHASES=0, TONNES_VALORISED=16000, CO2_AVOIDED_T=200, WORKSHOPS=0
            """)
    void theDemoInitiativesKeepTheirFigures(String slug, String expected) {
        long id = initiatives.getBySlug(slug).id().value();

        Map<Metric, BigDecimal> computed =
                figures.computeNow(new InitiativeId(id)).values();

        assertThat(written(computed)).isEqualTo(expected);
    }

    /** "METRIC=value, ..." in the order of the metrics, numbers in plain notation. */
    private static String written(Map<Metric, BigDecimal> values) {
        var ordered = new TreeMap<Metric, BigDecimal>(values);
        var text = new StringBuilder();
        ordered.forEach((metric, value) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(metric).append('=').append(value.stripTrailingZeros().toPlainString());
        });
        return text.toString();
    }
}
