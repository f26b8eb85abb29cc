package org.symbiose.engine.matching.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.MatchStats;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.PathwayRef;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.engine.matching.UnclassifiedFlow;

/**
 * The streaming writers give, for the whole contract, exactly the bytes the writers gave before they
 * streamed; with one language asked, the same document without the other language's sentences.
 */
class MatchWritersTest {

    static MatchResult generated;

    @BeforeAll
    static void matchAGeneratedTerritory() {
        var territory = TerritoryGenerator.standard().generate(TerritoryOptions.of(1_500, 3));
        generated = new Matcher(KnowledgeBase.load()).match(territory, MatchOptions.defaults());
    }

    @Test
    void theGeneratedResultHoldsEveryPartOfTheContract() {
        assertThat(generated.substitutions()).hasSizeGreaterThan(1_000);
        assertThat(generated.mutualisations()).isNotEmpty();
        assertThat(generated.substitutions()).anyMatch(Substitution::isProspective);
        assertThat(generated.unclassified()).isNotEmpty();
        assertThat(generated.refused()).isNotEmpty();
    }

    @Test
    void jsonOfBothLanguagesIsByteForByteThePreviousWritersOutput() throws IOException {
        assertThat(json(generated, ReasonLanguages.BOTH)).isEqualTo(previousJson(generated));
    }

    @Test
    void csvOfBothLanguagesIsByteForByteThePreviousWritersOutput() throws IOException {
        var csv = new StringWriter();
        MatchCsvWriter.write(generated, csv);
        var previous = new StringWriter();
        PreviousMatchCsvWriter.write(generated, previous);

        assertThat(csv.toString()).isEqualTo(previous.toString());
    }

    @Test
    void stringsThatNeedEscapingAndOddNumbersAreWrittenAsBefore() throws IOException {
        var odd = new Substitution(
                1,
                0.0,
                "f\"1\"",
                "a\\1",
                null,
                "a\t2",
                -0.0,
                123_456_789_012.0,
                "t/year",
                new PathwayRef("p\u0001", "ligne\nsuivante\r", null),
                List.of("« citation » avec\u00a0espace", ""),
                List.of());
        var large = new Substitution(
                2,
                1.0,
                "f3",
                "a3",
                "f4",
                "a4",
                1e17,
                0.1 + 0.2,
                "m3/year",
                new PathwayRef("p", "p", "p"),
                List.of("x".repeat(70_000)),
                List.of("y"));
        var result = new MatchResult(
                List.of(odd, large),
                List.of(new UnclassifiedFlow("f9", "a9", "bidule \"truc\"")),
                new MatchStats(0, 0, 0, 0, 0, 2, 0),
                List.of());

        assertThat(json(result, ReasonLanguages.BOTH)).isEqualTo(previousJson(result));
    }

    @Test
    void frenchOnlyIsTheSameDocumentWithoutTheEnglishSentences() throws IOException {
        String both = json(generated, ReasonLanguages.BOTH);
        String french = json(generated, ReasonLanguages.FR);

        assertThat(french).isEqualTo(without(both, "reasons_en", "reason_en", "source_en"));
        assertThat(french).doesNotContain("\"reasons_en\"", "\"reason_en\"", "\"source_en\"");
        assertThat(candidateLines(french))
                .hasSize(generated.candidates().size())
                .allMatch(line -> line.contains("\"reasons_fr\": [\""));
        assertThat(french).contains("\"reason_fr\": \"", "\"source_fr\": \"");
    }

    @Test
    void englishOnlyIsTheSameDocumentWithoutTheFrenchSentences() throws IOException {
        String both = json(generated, ReasonLanguages.BOTH);
        String english = json(generated, ReasonLanguages.EN);

        assertThat(english).isEqualTo(without(both, "reasons_fr", "reason_fr", "source_fr"));
        assertThat(candidateLines(english)).allMatch(line -> line.contains("\"reasons_en\": [\""));
    }

    @Test
    void csvInOneLanguageLeavesTheOtherReasonsColumnOut() throws IOException {
        var both = new StringWriter();
        MatchCsvWriter.write(generated, both);
        var english = new StringWriter();
        MatchCsvWriter.write(generated, english, ReasonLanguages.EN, Progress.SILENT);

        String header = english.toString().lines().findFirst().orElseThrow();
        assertThat(header).endsWith(",flows,reasons_en").doesNotContain("reasons_fr");
        assertThat(english.toString().lines().count())
                .isEqualTo(both.toString().lines().count());
    }

    @Test
    void writingIsReportedAsAStageUpToTheLastCandidate() throws IOException {
        List<String> reports = new ArrayList<>();
        MatchJsonWriter.write(
                generated,
                new StringWriter(),
                ReasonLanguages.FR,
                (stage, done, total) -> reports.add(stage + " " + done + "/" + total));

        int size = generated.candidates().size();
        assertThat(reports).first().isEqualTo("writing candidates 0/" + size);
        assertThat(reports).last().isEqualTo("writing candidates " + size + "/" + size);
    }

    static String json(MatchResult result, ReasonLanguages languages) throws IOException {
        var out = new StringWriter();
        MatchJsonWriter.write(result, out, languages);
        return out.toString();
    }

    static String previousJson(MatchResult result) throws IOException {
        var out = new StringWriter();
        PreviousMatchJsonWriter.write(result, out);
        return out.toString();
    }

    /** The lines of the candidates, one each in the contract's layout. */
    static List<String> candidateLines(String json) {
        return json.lines().filter(line -> line.startsWith("  {\"rank\": ")).toList();
    }

    private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";

    /** The document with the named fields (a string or a list of strings) removed wherever they are. */
    static String without(String json, String... fields) {
        String value = "(?:" + STRING + "|\\[(?:" + STRING + "(?:, )?)*\\])";
        return json.replaceAll(", \"(?:" + String.join("|", fields) + ")\": " + value, "");
    }
}
