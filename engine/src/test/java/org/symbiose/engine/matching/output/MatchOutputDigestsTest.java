package org.symbiose.engine.matching.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;

/**
 * What {@code symbiose match --top 5 [--variety] --format json|csv} writes, byte for byte, on both demo
 * datasets and on a generated territory ({@code generate --actors 2000 --seed 7}): the SHA-256 of the
 * files the command wrote before the matching package was split into rules, search and output
 * (docs/decisions/0019). A change of the search must leave them as they are; a change of the rules, the
 * knowledge base or the demo data that is meant to change proposals updates them, and says so.
 *
 * <p>Updated once since: the pathway {@code spent-solvents-to-regeneration} now also names NACE 38.32
 * among its receivers (docs/evaluation.md, tuning row FR064): in piicto and the generated territory,
 * spent solvents now also reach the solvent regenerators, so their JSON and CSV change (adeto's do not).
 * Checked by running this test with that one cell reverted: the old digests then hold.
 *
 * <p>Updated again (session of 2026-12-07, decision 0028): French reasons now have no-break spaces before
 * ":" and ";" and inside « » (every dataset; compared with the output before, spaces normalised, nothing
 * else differs), and needs that name a use are read as their process: in the generated territory
 * "Feedstock for anaerobic digestion" (137 of 22,494 candidates change receiver, the heating-network
 * companies that wrote it now agreeing with the digestion pathways) and "Combustibles pour chaudière
 * bois" (reasons only); the demo datasets hold no such need.
 *
 * <p>Updated again (session of 2026-12-07, decision 0029): a need of a broader family than the supply's,
 * reached directly, weighs 0.85 (generic "eau", "chaleur", "matières premières" needs rank after needs
 * naming the resource); a List-of-Waste code no longer carries a label to a pathway made for another
 * resource of its heading; shells are mineral (calcium carbonate), textiles-to-reuse takes used clothes
 * only, biowaste-to-composting names crop farms instead of all of agriculture; and the {@code refused}
 * section now counts the pair gates {@code hazard-allowed} and {@code temperature-fits}. Every dataset's
 * JSON and CSV change with the first of these; nothing in the writers changed. *
 * <p>Updated again (session of 2026-12-07, engine-quality, docs/evaluation.md "The floors of (c) and (d)"):
 * three knowledge facts: "carbonate de calcium" reads as a lime product, not a decarbonation sludge; the
 * shells pathway names liming-product makers (20.15); spent mushroom substrate no longer takes every flow coded
 * 02 01 03. The JSON and CSV of piicto and of the generated territory change; adeto's do not; nothing in the
 * writers or the rules changed.
 *
 * <p>Updated again (session of 2026-12-07, engine-quality-2, decision 0038): a company that declared a need the
 * supply reaches and whose trade a pathway names is also scored through its trade, the better kept with its
 * need; and a waste code whose label's words name its own family and nothing else opens only that family's
 * pathways. Every dataset's JSON and CSV change; in the demo datasets (top 5), piicto has 153 candidates instead
 * of 155 and adeto 704 instead of 719: supplies whose words agree with their code lose the pathways that listed
 * the code for another resource ("résidus de peinture antifouling", 08 01 11, no longer goes to printers through
 * the cleaning-solvents pathway; "déchets de chantier en mélange", 17 09 04, no longer to a reuse centre for
 * doors and windows; "mâchefers d'incinération" no longer to metal refiners as raw bottom ash). Nothing in the
 * writers changed.
 */
class MatchOutputDigestsTest {

    static final Path DEMO = Path.of("../app/src/main/resources/demo/datasets");

    @TempDir
    static Path generated;

    @ParameterizedTest(name = "{0} variety={1}")
    @CsvSource({
        "piicto, false, 95c394b7291716b59acbdb8338b9db7a52050fca51e027d7c1d7a6cfed3c34bb,"
                + " b44f8c75d1450125c6773d12c01cdb33849f9df15688265f5072d14978506bb2",
        "piicto, true,  e166211283661a4cc38fa54acf9d8aff172355ddc4d87022d1e5f997989bdfd1,"
                + " 86b508572c12af400808368ed0c513b18331602a741f10ca382b1cf5625ac979",
        "adeto,  false, 696d7e07c444a267b32f6fd4d295c2fd931045b5678380c1bdd0a3c4de0805cf,"
                + " c0dbbb7e98301c8e36635f9643e7adf1c59d7646cb71ba25c369c26ba55594d6",
        "adeto,  true,  68d678116dc0ead12076dae50741bc0a8b9f3b98bbe02d9b42e03cd813f36e36,"
                + " c54730e6f09ece5296d92492fd9d742194eb1e5b08971f768e3550c7502d82b7",
        "gen7,   false, f51205a9bcdd6c6645a3e14707270878255cc6c2aac050903cce5335e3b56008,"
                + " 662796ec7e05596dfe913dc7d83389cdd607a28dcffd8fdfac10a6a7fe8b1620",
        "gen7,   true,  3fac33009364dfbb562d5bccc16c5bdbac3169ae5ea588f4b61c9329a641399a,"
                + " af4ef7b5f21e2fe68cabf93eb6dd48eb86b759b59a4c8f11a913e7231f3de362",
    })
    void theCommandWritesWhatItWroteBefore(String dataset, boolean variety, String json, String csv) throws Exception {
        MatchResult result = new Matcher(KnowledgeBase.load())
                .match(read(dataset), MatchOptions.defaults().withTopK(5).withVariety(variety));

        assertThat(sha256(out -> MatchJsonWriter.write(result, out, ReasonLanguages.BOTH, Progress.SILENT)))
                .as("JSON of %s", dataset)
                .isEqualTo(json);
        assertThat(sha256(out -> MatchCsvWriter.write(result, out, ReasonLanguages.BOTH, Progress.SILENT)))
                .as("CSV of %s", dataset)
                .isEqualTo(csv);
    }

    /** The dataset as the command reads it: the demo folders, or the territory written by the generator. */
    private static Dataset read(String dataset) throws Exception {
        Path folder = DEMO.resolve(dataset);
        if (dataset.equals("gen7")) {
            folder = generated.resolve("gen7");
            if (!folder.toFile().exists()) {
                TerritoryGenerator.standard().write(TerritoryOptions.of(2000, 7), folder, Progress.SILENT);
            }
        }
        return new ExchangeReader().read(folder, Progress.SILENT);
    }

    interface Output {
        void writeTo(Writer out) throws IOException;
    }

    /** The SHA-256 of what {@code output} writes, in UTF-8 as the command's files are. */
    private static String sha256(Output output) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8))) {
            output.writeTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
