package org.symbiose.engine.matching.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;

/**
 * The bytes rendered on every core are those the characters gave through a UTF-8 writer; a file compressed
 * chunk by chunk on every core is one gzip stream that any reader reads back to the same bytes.
 */
class ByteSinkTest {

    @Test
    void stringsAreEscapedAndEncodedAsAUtf8WriterWouldHaveWrittenThem() throws IOException {
        String text = "«\u00a0caf\u00e9 20\u202f000 t\u00a0» \"q\" back\\slash\nnew\ttab\r\u0001\u001f"
                + " \u20ac \ud83c\udf3f lone \ud83c end \udf3f.";
        var json = new Utf8Json(4);
        json.string(text)
                .raw(", ")
                .strings(List.of("a", "é"))
                .raw(", ")
                .number(2.5)
                .raw(' ')
                .number(3);

        String expected = "\"«\u00a0caf\u00e9 20\u202f000 t\u00a0» \\\"q\\\" back\\\\slash\\nnew\\ttab\\r\\u0001\\u001f"
                + " \u20ac \ud83c\udf3f lone \ud83c end \udf3f.\", [\"a\", \"é\"], 2.5 3.0";
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(expected);
        }
        assertThat(java.util.Arrays.copyOf(json.bytes(), json.length())).isEqualTo(bytes.toByteArray());
        assertThat(new String(json.bytes(), 0, json.length(), StandardCharsets.UTF_8))
                .contains("lone ? end ?.");
    }

    @Test
    void aFileCompressedChunkByChunkReadsBackAsOneGzipStream() throws IOException {
        var random = new Random(7);
        var plain = new ByteArrayOutputStream();
        var compressed = new ByteArrayOutputStream();
        ByteSink gzip = ByteSink.gzip(compressed);
        List<byte[]> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var text = new StringBuilder();
            int words = random.nextInt(i == 3 ? 1 : 20_000);
            for (int w = 0; w < words; w++) {
                text.append(random.nextInt(3) == 0 ? "gisement " : "chaleur fatale à " + random.nextInt(900) + " °C ");
            }
            chunks.add(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        // Prepared on every core, written in order, as the JSON writer does.
        var prepared =
                chunks.parallelStream().map(c -> gzip.prepare(c, c.length)).toList();
        for (int i = 0; i < chunks.size(); i++) {
            plain.write(chunks.get(i));
            gzip.write(prepared.get(i));
        }
        gzip.finish();

        byte[] read;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed.toByteArray()))) {
            read = in.readAllBytes();
        }
        assertThat(read).isEqualTo(plain.toByteArray());
        assertThat(compressed.size()).isLessThan(plain.size() / 4);
    }

    @Test
    void anEmptyDocumentIsAValidGzipFile() throws IOException {
        var compressed = new ByteArrayOutputStream();
        ByteSink.gzip(compressed).finish();

        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed.toByteArray()))) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void theJsonWrittenAsBytesIsTheJsonWrittenAsCharacters() throws IOException {
        var territory = TerritoryGenerator.standard().generate(TerritoryOptions.of(520, 5));
        MatchResult result = new Matcher(KnowledgeBase.load()).match(territory, MatchOptions.defaults());
        var characters = new StringWriter();
        MatchJsonWriter.write(result, characters, ReasonLanguages.FR, Progress.SILENT);
        var bytes = new ByteArrayOutputStream();
        MatchJsonWriter.write(result, ByteSink.plain(bytes), ReasonLanguages.FR, Progress.SILENT);

        assertThat(result.candidates().size()).isGreaterThan(4096);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(characters.toString());
    }
}
