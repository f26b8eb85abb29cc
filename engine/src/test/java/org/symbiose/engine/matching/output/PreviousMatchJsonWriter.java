package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Refusal;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.engine.matching.UnclassifiedFlow;

/**
 * The JSON writer as it was before it streamed (commit 78589ef), kept unchanged as the reference the streaming
 * writer must equal byte for byte.
 */
final class PreviousMatchJsonWriter {

    private PreviousMatchJsonWriter() {}

    static void write(MatchResult result, Writer out) throws IOException {
        out.write("{\"candidates\": [");
        List<Candidate> candidates = result.candidates();
        // Candidates write their reasons when read: batches of them are put into words on every core, then
        // written in order.
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<String> batch = IntStream.range(from, Math.min(candidates.size(), from + BATCH))
                    .parallel()
                    .mapToObj(i -> json(candidates.get(i)))
                    .toList();
            for (int i = 0; i < batch.size(); i++) {
                out.write(from + i == 0 ? "\n  " : ",\n  ");
                out.write(batch.get(i));
            }
        }
        out.write("\n],\n\"unclassified\": [");
        for (int i = 0; i < result.unclassified().size(); i++) {
            UnclassifiedFlow u = result.unclassified().get(i);
            out.write(i == 0 ? "\n  " : ",\n  ");
            out.write("{\"flow\": " + string(u.flowId()) + ", \"actor\": " + string(u.actorId()) + ", \"label\": "
                    + string(u.label()) + "}");
        }
        out.write("\n],\n\"refused\": [");
        for (int i = 0; i < result.refused().size(); i++) {
            Refusal r = result.refused().get(i);
            out.write(i == 0 ? "\n  " : ",\n  ");
            out.write("{\"rule\": " + string(r.rule()) + ", \"count\": " + r.count()
                    + ", \"example\": {\"supply_flow\": "
                    + string(r.exampleSupplyFlow()) + ", \"way\": " + string(r.exampleWay()) + "}, \"reason_fr\": "
                    + string(r.reasonFr()) + ", \"reason_en\": " + string(r.reasonEn()) + ", \"source_fr\": "
                    + string(r.sourceFr()) + ", \"source_en\": " + string(r.sourceEn()) + "}");
        }
        out.write("\n]}\n");
        out.flush();
    }

    private static final int BATCH = 4096;

    private static String json(Candidate c) {
        return c instanceof Substitution s ? substitution(s) : mutualisation((Mutualisation) c);
    }

    private static String substitution(Substitution s) {
        var json = new StringBuilder();
        json.append("{\"rank\": ").append(s.rank());
        json.append(", \"kind\": \"SUBSTITUTION\", \"score\": ").append(number(s.score()));
        json.append(", \"supply\": {\"flow\": ").append(string(s.supplyFlow()));
        json.append(", \"actor\": ").append(string(s.supplyActor())).append('}');
        json.append(", \"demand\": {");
        if (s.demandFlow() != null) {
            json.append("\"flow\": ").append(string(s.demandFlow())).append(", ");
        }
        json.append("\"actor\": ").append(string(s.demandActor())).append('}');
        json.append(", \"distance_km\": ").append(number(s.distanceKm()));
        if (s.quantityValue() != null) {
            json.append(", \"quantity\": {\"value\": ").append(number(s.quantityValue()));
            json.append(", \"unit\": ").append(string(s.quantityUnit())).append('}');
        }
        json.append(", \"pathway\": {\"id\": ").append(string(s.pathway().id()));
        json.append(", \"label_fr\": ").append(string(s.pathway().labelFr()));
        json.append(", \"label_en\": ").append(string(s.pathway().labelEn())).append('}');
        json.append(", \"reasons_fr\": ").append(strings(s.reasonsFr()));
        json.append(", \"reasons_en\": ").append(strings(s.reasonsEn())).append('}');
        return json.toString();
    }

    private static String mutualisation(Mutualisation m) {
        return ("{\"rank\": " + m.rank() + ", \"kind\": \"MUTUALISATION\", \"score\": " + number(m.score())
                + ", \"theme\": " + string(m.theme()) + ", \"theme_id\": " + string(m.themeId()) + ", \"theme_en\": "
                + string(m.themeEn()) + ", \"actors\": " + strings(m.actors()) + ", \"flows\": " + strings(m.flows())
                + ", \"reasons_fr\": " + strings(m.reasonsFr()) + ", \"reasons_en\": " + strings(m.reasonsEn()) + "}");
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return Double.toString(value);
    }

    static String strings(List<String> values) {
        var json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append(string(values.get(i)));
        }
        return json.append(']').toString();
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        var json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
