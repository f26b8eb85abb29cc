package org.symbiose.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.symbiose.engine.matching.MatchOptions;

/**
 * The evaluation on data as it really comes (issue 13, item 6): (b) the English collection with every NACE code
 * removed, (c) the French-written collection, (d) a dense zone where everyone stands within 1 km, each with a
 * floor in the build (the 75 % top-5 is met on (b) and (c); (d) has a floor under what it measures,
 * see {@link #MINIMUM_TOP5_DENSE}); the holdout of each is
 * reported apart in its report ({@code target/evaluation-report-*.md}).
 * With {@code -Devaluation.full=true} the combinations that have no floor run too (docs/evaluation.md).
 */
class DataAsItComesEvaluationTest {

    /**
     * (b): over the 75 %, just under the 80.4 % measured on 2026-12-07 (session engine-quality-2; the
     * issue's 0.75 before).
     */
    static final double MINIMUM_TOP5 = 0.79;

    /**
     * (c): the floor, met: 75.6 % measured on 2026-12-07 (96 of 127; holdout 74.3 %) after three knowledge
     * facts (docs/evaluation.md, "The floors of (c) and (d)"): "carbonate de calcium" is a lime product, not a
     * sludge; makers of liming products (20.15) use crushed shells; a plant-tissue waste code does not make a flow
     * spent mushroom substrate (74.0 % before). Raised to 0.77 (from the 0.75) after 78.7 % measured on
     * 2026-12-07 (100 of 127; holdout 74.3 %) with decision 0038: a company's need and its trade compete, and
     * words that agree with a waste code narrow what it opens. The margin is two rows.
     */
    static final double MINIMUM_TOP5_FRENCH = 0.77;

    /**
     * (d): the issue asks for 75 % and the engine is far from it: 59.8 % measured on 2026-12-07 (holdout 43.3 %),
     * unchanged by this session's knowledge facts; 60.1 % after decision 0038 (three rows of margin with 0.59, kept). With distance out of the score's reach, most tuning misses are
     * receivers that declared no need, outranked by companies that did, or rows with five or more rivals equal to
     * the receiver by every fact the collection gives (docs/evaluation.md, "The floors of (c) and (d)"). The floor
     * is what is honest, just under the measure (0.58 before); raise it as the engine improves.
     */
    static final double MINIMUM_TOP5_DENSE = 0.59;

    /**
     * (b): the top-10 rate of the exchanges whose receiver declares no need; the issue asks 50 %; just under the
     * 76.4 % measured on 2026-12-07 (session engine-quality-2; 0.50 before).
     */
    static final double MINIMUM_PROSPECTIVE_TOP10_WITHOUT_NACE = 0.74;

    /** Whether to run the combinations without a floor as well: {@code -Devaluation.full=true}. */
    static final String FULL = "evaluation.full";

    /**
     * (b) Ten receivers asked for per supply: the first five distinct ones are the five best (the search is exact
     * and its order total; {@link #theFiveBestOfTenAreTheFiveBest} checks it in the full run), so one run gives
     * both the top-5 and the prospective top-10 rates.
     */
    @Test
    void withoutNaceCodesTheTrueReceiverIsAmongTheFiveBest() {
        var report = EvaluationRunner.run(
                RealExchange.load(),
                RealExchange.RESOURCE,
                Setting.WITHOUT_NACE,
                MatchOptions.defaults().withTopK(10),
                "evaluation-report-without-nace.md");
        assertThat(report.top5(EvaluationReport.all()))
                .as("(b) top-5 without NACE codes (target/evaluation-report-without-nace.md)")
                .isGreaterThanOrEqualTo(MINIMUM_TOP5);
        assertThat(report.top10(EvaluationReport.prospective()))
                .as("(b) top-10 of prospective exchanges without NACE codes")
                .isGreaterThanOrEqualTo(MINIMUM_PROSPECTIVE_TOP10_WITHOUT_NACE);
    }

    /** (c) The French-written collection, with the codes its rows give. */
    @Test
    void onTheFrenchCollectionTheTrueReceiverIsAmongTheFiveBest() {
        var report = EvaluationRunner.run(
                RealExchange.loadFrench(),
                RealExchange.FRENCH,
                Setting.AS_IS,
                MatchOptions.defaults().withTopK(5),
                "evaluation-report-fr.md");
        assertThat(report.top5(EvaluationReport.all()))
                .as("(c) top-5 on the French collection (target/evaluation-report-fr.md)")
                .isGreaterThanOrEqualTo(MINIMUM_TOP5_FRENCH);
    }

    /** (d) The English collection in a dense zone. */
    @Test
    void inADenseZoneTheTrueReceiverIsAmongTheFiveBest() {
        var report = EvaluationRunner.run(
                RealExchange.load(),
                RealExchange.RESOURCE,
                Setting.DENSE,
                MatchOptions.defaults().withTopK(5),
                "evaluation-report-dense.md");
        assertThat(report.top5(EvaluationReport.all()))
                .as("(d) top-5 in a dense zone (target/evaluation-report-dense.md)")
                .isGreaterThanOrEqualTo(MINIMUM_TOP5_DENSE);
    }

    /** The French collection without codes, and in a dense zone; the English one dense and without codes. */
    @Test
    @EnabledIfSystemProperty(named = FULL, matches = "true")
    void theCombinationsWithoutAFloor() {
        MatchOptions ten = MatchOptions.defaults().withTopK(10);
        EvaluationRunner.run(
                RealExchange.loadFrench(),
                RealExchange.FRENCH,
                Setting.WITHOUT_NACE,
                ten,
                "evaluation-report-fr-without-nace.md");
        EvaluationRunner.run(
                RealExchange.loadFrench(), RealExchange.FRENCH, Setting.DENSE, ten, "evaluation-report-fr-dense.md");
        EvaluationRunner.run(
                RealExchange.loadFrench(),
                RealExchange.FRENCH,
                Setting.DENSE_WITHOUT_NACE,
                ten,
                "evaluation-report-fr-dense-without-nace.md");
        EvaluationRunner.run(
                RealExchange.load(),
                RealExchange.RESOURCE,
                Setting.DENSE_WITHOUT_NACE,
                ten,
                "evaluation-report-dense-without-nace.md");
    }

    /** What (b) relies on: asking for ten receivers does not change which five come first. */
    @Test
    @EnabledIfSystemProperty(named = FULL, matches = "true")
    void theFiveBestOfTenAreTheFiveBest() {
        List<RealExchange> rows = RealExchange.load();
        var five = EvaluationRunner.run(
                rows,
                RealExchange.RESOURCE,
                Setting.WITHOUT_NACE,
                MatchOptions.defaults().withTopK(5),
                "evaluation-report-without-nace-top5.md");
        var ten = EvaluationRunner.run(
                rows,
                RealExchange.RESOURCE,
                Setting.WITHOUT_NACE,
                MatchOptions.defaults().withTopK(10),
                "evaluation-report-without-nace.md");
        assertThat(ten.hitsWithin(5)).isEqualTo(five.hitsWithin(5));
    }
}
