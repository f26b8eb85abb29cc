package org.symbiose.engine.matching.output;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Mutualisation;
import org.symbiose.engine.matching.Substitution;

/** The CSV writer as it was before languages could be chosen (commit 78589ef): the reference for both. */
final class PreviousMatchCsvWriter {

    private PreviousMatchCsvWriter() {}

    static void write(MatchResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180.builder().setHeader(MatchCsvWriter.HEADER).get());
        for (Candidate c : result.candidates()) {
            if (c instanceof Substitution s) {
                csv.printRecord(
                        s.rank(),
                        "SUBSTITUTION",
                        s.score(),
                        s.supplyFlow(),
                        s.supplyActor(),
                        s.demandFlow(),
                        s.demandActor(),
                        s.distanceKm(),
                        s.quantityValue(),
                        s.quantityUnit(),
                        s.pathway().id(),
                        s.pathway().labelFr(),
                        null,
                        null,
                        null,
                        String.join(" | ", s.reasonsFr()),
                        String.join(" | ", s.reasonsEn()));
            } else {
                Mutualisation m = (Mutualisation) c;
                csv.printRecord(
                        m.rank(),
                        "MUTUALISATION",
                        m.score(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        m.theme(),
                        String.join(" | ", m.actors()),
                        String.join(" | ", m.flows()),
                        String.join(" | ", m.reasonsFr()),
                        String.join(" | ", m.reasonsEn()));
            }
        }
        csv.flush();
    }
}
