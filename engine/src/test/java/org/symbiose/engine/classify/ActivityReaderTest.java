package org.symbiose.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityReaderTest {

    private static final ActivityReader READER = ActivityReader.load();

    private static String nafClass(String activity) {
        List<ActivityGuess> guesses = READER.read(activity);
        return guesses.isEmpty() ? "not recognised" : guesses.get(0).nafClass();
    }

    @Test
    void readsTheActivitiesTheIssueFoundMisread() {
        assertThat(nafClass("Alcohol production")).isEqualTo("11.01");
        assertThat(nafClass("Oil refinery")).isEqualTo("19.20");
        assertThat(nafClass("Refinery")).isEqualTo("19.20");
        assertThat(nafClass("Steelworks")).isEqualTo("24.10");
        assertThat(nafClass("Greenhouse")).isEqualTo("01.13");
        assertThat(nafClass("plateforme de compostage")).isEqualTo("38.21");
        assertThat(nafClass("fabrication de santons et poteries")).isEqualTo("23.41");
        assertThat(nafClass("Fertiliser company")).isEqualTo("20.15");
    }

    @Test
    void readsAnEnglishParkWrittenByHand() {
        // Session 16: a leisure centre was not recognised, a salad packer either, and a PET recycler was read as a
        // maker of plastic packaging (22.22) for its "plastic bottle".
        assertThat(nafClass("leisure centre & pool")).isEqualTo("93.11");
        assertThat(nafClass("salad washing & packing")).isEqualTo("10.39");
        assertThat(nafClass("plastic bottle recycling (PET)")).isEqualTo("38.32");
        assertThat(nafClass("centre aquatique intercommunal")).isEqualTo("93.11");
    }

    @Test
    void knowsThatAPowerPlantIsNotAPlantNursery() {
        assertThat(nafClass("Power plant")).isEqualTo("35.11");
        assertThat(nafClass("Wall-board plant")).isEqualTo("23.62");
        assertThat(nafClass("plant nursery")).isEqualTo("01.30");
        assertThat(nafClass("gas-fired power station")).isEqualTo("35.11");
    }

    @Test
    void aLongerTermWinsOverTheWordItContains() {
        assertThat(nafClass("sugar refinery")).isEqualTo("10.81");
        assertThat(nafClass("vegetable oil refinery")).isEqualTo("10.41");
        assertThat(nafClass("alumina refinery")).isEqualTo("24.42");
        assertThat(nafClass("abattoir de volailles")).isEqualTo("10.12");
        assertThat(nafClass("restaurant d'entreprise")).isEqualTo("56.29");
    }

    @Test
    void toleratesTyposAbbreviationsCaseAndMissingAccents() {
        assertThat(nafClass("cimentrie")).isEqualTo("23.51");
        assertThat(nafClass("rafinerie")).isEqualTo("19.20");
        assertThat(nafClass("brewry")).isEqualTo("11.05");
        assertThat(nafClass("fab. palettes")).isEqualTo("16.24");
        assertThat(nafClass("transp. routier")).isEqualTo("49.41");
        assertThat(nafClass("ELEVAGE PORCIN")).isEqualTo("01.46");
        assertThat(nafClass("plateforme de compostage de dechets verts")).isEqualTo("38.21");
    }

    @Test
    void aShortRealWordIsNotCorrectedIntoAnother() {
        // "chaud" is one letter from "chaux" (lime, 23.52): too short to correct.
        assertThat(nafClass("galvanisation à chaud")).isEqualTo("25.61");
    }

    @Test
    void saysNotRecognisedRatherThanGuess() {
        assertThat(READER.read("ND")).isEmpty();
        assertThat(READER.read("n.c.")).isEmpty();
        assertThat(READER.read("non renseigné")).isEmpty();
        assertThat(READER.read("SARL Dupont et Fils")).isEmpty();
        assertThat(READER.read("usine")).isEmpty();
        assertThat(READER.read("   ")).isEmpty();
        assertThat(READER.read(null)).isEmpty();
    }

    @Test
    void findsTheActivityBesideACompanyName() {
        assertThat(nafClass("Ets Durand - scierie")).isEqualTo("16.10");
        assertThat(nafClass("SARL Boulangerie du Port")).isEqualTo("10.71");
    }

    @Test
    void everyReadingIsAboveTheThresholdWithItsEvidence() {
        for (String activity : List.of("cement works", "réseau de chaleur", "pig farm", "fabrication de meubles")) {
            assertThat(READER.read(activity)).isNotEmpty().allSatisfy(guess -> {
                assertThat(guess.confidence()).isBetween(ActivityReader.THRESHOLD, 1.0);
                assertThat(guess.evidence()).isNotBlank();
            });
        }
    }

    @Test
    void readsOnlyTheStartOfAVeryLongText() {
        String padding = "texte sans rapport ".repeat(20);
        assertThat(nafClass("scierie " + "x".repeat(100_000))).isEqualTo("16.10");
        assertThat(READER.read(padding + "scierie")).isEmpty();
    }

    @Test
    void aGivenCodeWinsAndADisagreementIsTold() {
        ActivityReading agreeing = READER.reading("16.10A", "scierie");
        assertThat(agreeing.code()).isEqualTo("16.10A");
        assertThat(agreeing.disagrees()).isFalse();
        assertThat(agreeing.readFromText()).isFalse();

        ActivityReading disagreeing = READER.reading("10.13B", "Alcohol production");
        assertThat(disagreeing.code()).isEqualTo("10.13B");
        assertThat(disagreeing.disagrees()).isTrue();
        assertThat(disagreeing.guess().nafClass()).isEqualTo("11.01");

        ActivityReading fromText = READER.reading(null, "Alcohol production");
        assertThat(fromText.code()).isEqualTo("11.01");
        assertThat(fromText.readFromText()).isTrue();

        ActivityReading unreadable = READER.reading(null, "ND");
        assertThat(unreadable.code()).isNull();
        assertThat(unreadable.unrecognised()).isTrue();
    }
}
