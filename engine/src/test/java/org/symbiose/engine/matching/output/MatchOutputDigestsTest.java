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
 */
class MatchOutputDigestsTest {

    static final Path DEMO = Path.of("../app/src/main/resources/demo/datasets");

    @TempDir
    static Path generated;

    @ParameterizedTest(name = "{0} variety={1}")
    @CsvSource({
        "piicto, false, 774afcdbf369b7210c48a5e33b7d9be02f30cf98f41ec1b4535efe46faeabd05,"
                + " c9b011912fa772806d67c89b29a775e92f31ed28c7e7c6deb2f4fa07afc67e25",
        "piicto, true,  bb0ccc03833f0c1212ebe33b2525afb5815679eaabf943c09649068d8a51d320,"
                + " ef2c057caf6eb43dd36494274e4e2ff51beebe2780bd6feaa34a32ac1fff1b8d",
        "adeto,  false, e9c485b480a5f7741a6060140a12fa4781fcd7d37994a323e3aceb94d2053730,"
                + " 366815e8e1293f797b7b91203f9efe1cea24fc709ed29c8209caefa4e251c5dc",
        "adeto,  true,  673b941ddb2dd2b96f8de86dc8444c0c2c3fbe1fb4710a61114fed889e47a94c,"
                + " d45e4cacd6de82679412038f1282ed45ca8d1ca2fb23bf997a503f24edc048e0",
        "gen7,   false, 54ba6cf05b629df749326a875b4a29dc3e02760bd9490e0a65c1b98d0b6e1cf1,"
                + " c19285342784deb582e045fd65a6d2bb1b65625fe25fcf417fd66e7ff51e50eb",
        "gen7,   true,  5a9b3ecbb7e2a67d18515719427193e934ea0f3ff18b065b200c2759e282dbe7,"
                + " c03e3a6f260c5b6f9c651cc4365e8f07ab97dde9821591a642ea9db5cc1f60c7",
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
