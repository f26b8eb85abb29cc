package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;

/**
 * Companies often copy their NAF label as their activity (the generator does too): read beside its own code,
 * such a label must seldom be told to disagree with it, or the reasons would cry wolf.
 */
class ActivityReaderNafLabelsTest {

    @Test
    void aSubClassLabelSeldomReadsAsAnotherDivision() {
        var reader = ActivityReader.load();
        List<NafCode> subClasses = NafCatalogue.load().listSubClasses();
        List<String> disagreeing = subClasses.stream()
                .filter(code -> reader.reading(code.code(), code.labelFr()).disagrees())
                .map(code -> code.code() + " " + code.labelFr() + " -> "
                        + reader.read(code.labelFr()).get(0).naf().code())
                .toList();
        System.out.println(disagreeing.size() + " of " + subClasses.size() + "\n" + String.join("\n", disagreeing));
        assertThat((double) disagreeing.size() / subClasses.size()).isLessThan(0.03);
    }
}
