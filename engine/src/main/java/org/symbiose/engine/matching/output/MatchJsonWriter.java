package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;
import org.symbiose.engine.matching.Refusal;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.engine.matching.UnclassifiedFlow;

/**
 * Writes a result in the match contract ({@code {"candidates": [...]}}), one candidate per line,
 * then the flows not read and what the rules of law refused (docs/formats/match-output.md).
 *
 * <p>Streams: the candidates are rendered batch after batch, straight into UTF-8 bytes on every core (see
 * {@link CandidateBatches#render}), so a result of millions of candidates never sits in memory as text. With one language asked, the other
 * language's sentences ({@code reasons_*}, and {@code reason_*} and {@code source_*} of refusals) are
 * neither put together nor written; everything else is the same.
 */
public final class MatchJsonWriter {

    private MatchJsonWriter() {}

    /** The whole contract, reasons in French and English. */
    public static void write(MatchResult result, Writer out) throws IOException {
        write(result, out, ReasonLanguages.BOTH, Progress.SILENT);
    }

    public static void write(MatchResult result, Writer out, ReasonLanguages languages) throws IOException {
        write(result, out, languages, Progress.SILENT);
    }

    /** @param progress told how many candidates are written, as stage {@code "writing candidates"} */
    public static void write(MatchResult result, Writer out, ReasonLanguages languages, Progress progress)
            throws IOException {
        write(result, ByteSink.characters(out), languages, progress);
    }

    /**
     * The document as UTF-8 bytes into {@code sink}, finished (trailer written, flushed) but not closed: the
     * candidates are rendered and prepared on every core (see {@link CandidateBatches#render}).
     *
     * @param progress told how many candidates are written, as stage {@code "writing candidates"}
     */
    public static void write(MatchResult result, ByteSink sink, ReasonLanguages languages, Progress progress)
            throws IOException {
        var json = new Utf8Json(1 << 16);
        Map<String, byte[]> known = Utf8Json.quoted(result.sharedTexts());
        json.raw("{\"candidates\": [");
        flush(json, sink);
        CandidateBatches.render(
                result,
                languages,
                progress,
                (i, c, out) -> {
                    out.raw(i == 0 ? "\n  " : ",\n  ");
                    if (c instanceof Substitution s) {
                        substitution(s, languages, known, out);
                    } else {
                        mutualisation((Mutualisation) c, languages, known, out);
                    }
                },
                sink);
        json.raw("\n],\n\"unclassified\": [");
        for (int i = 0; i < result.unclassified().size(); i++) {
            UnclassifiedFlow u = result.unclassified().get(i);
            json.raw(i == 0 ? "\n  " : ",\n  ");
            json.raw("{\"flow\": ").string(u.flowId());
            json.raw(", \"actor\": ").string(u.actorId());
            json.raw(", \"label\": ").string(u.label()).raw('}');
            if (json.length() > 1 << 16) {
                flush(json, sink);
            }
        }
        json.raw("\n],\n\"refused\": [");
        for (int i = 0; i < result.refused().size(); i++) {
            json.raw(i == 0 ? "\n  " : ",\n  ");
            refusal(result.refused().get(i), languages, json);
        }
        json.raw("\n]}\n");
        flush(json, sink);
        sink.finish();
    }

    private static void flush(Utf8Json json, ByteSink sink) throws IOException {
        sink.write(sink.prepare(json.bytes(), json.length()));
        json.clear();
    }

    private static void substitution(
            Substitution s, ReasonLanguages languages, Map<String, byte[]> known, Utf8Json json) {
        json.raw("{\"rank\": ").integer(s.rank());
        json.raw(", \"kind\": \"SUBSTITUTION\", \"score\": ").number(s.score());
        json.raw(", \"supply\": {\"flow\": ").string(s.supplyFlow());
        json.raw(", \"actor\": ").string(s.supplyActor()).raw('}');
        json.raw(", \"demand\": {");
        if (s.demandFlow() != null) {
            json.raw("\"flow\": ").string(s.demandFlow()).raw(", ");
        }
        json.raw("\"actor\": ").string(s.demandActor()).raw('}');
        json.raw(", \"distance_km\": ").number(s.distanceKm());
        if (s.quantityValue() != null) {
            json.raw(", \"quantity\": {\"value\": ").number(s.quantityValue());
            json.raw(", \"unit\": ").string(s.quantityUnit()).raw('}');
        }
        json.raw(", \"pathway\": {\"id\": ").string(s.pathway().id(), known);
        json.raw(", \"label_fr\": ").string(s.pathway().labelFr(), known);
        json.raw(", \"label_en\": ").string(s.pathway().labelEn(), known).raw('}');
        reasons(s.reasonsFr(), s.reasonsEn(), languages, known, json);
        json.raw('}');
    }

    private static void mutualisation(
            Mutualisation m, ReasonLanguages languages, Map<String, byte[]> known, Utf8Json json) {
        json.raw("{\"rank\": ").integer(m.rank());
        json.raw(", \"kind\": \"MUTUALISATION\", \"score\": ").number(m.score());
        json.raw(", \"theme\": ").string(m.theme());
        json.raw(", \"theme_id\": ").string(m.themeId());
        json.raw(", \"theme_en\": ").string(m.themeEn());
        json.raw(", \"actors\": ").strings(m.actors());
        json.raw(", \"flows\": ").strings(m.flows());
        reasons(m.reasonsFr(), m.reasonsEn(), languages, known, json);
        json.raw('}');
    }

    private static void reasons(
            List<String> fr, List<String> en, ReasonLanguages languages, Map<String, byte[]> known, Utf8Json json) {
        if (languages.french()) {
            json.raw(", \"reasons_fr\": ").strings(fr, known);
        }
        if (languages.english()) {
            json.raw(", \"reasons_en\": ").strings(en, known);
        }
    }

    private static void refusal(Refusal r, ReasonLanguages languages, Utf8Json json) {
        json.raw("{\"rule\": ").string(r.rule());
        json.raw(", \"count\": ").integer(r.count());
        json.raw(", \"example\": {\"supply_flow\": ").string(r.exampleSupplyFlow());
        json.raw(", \"way\": ").string(r.exampleWay()).raw('}');
        if (languages.french()) {
            json.raw(", \"reason_fr\": ").string(r.reasonFr());
        }
        if (languages.english()) {
            json.raw(", \"reason_en\": ").string(r.reasonEn());
        }
        if (languages.french()) {
            json.raw(", \"source_fr\": ").string(r.sourceFr());
        }
        if (languages.english()) {
            json.raw(", \"source_en\": ").string(r.sourceEn());
        }
        json.raw('}');
    }
}
