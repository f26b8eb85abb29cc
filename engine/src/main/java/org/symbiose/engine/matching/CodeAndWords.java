package org.symbiose.engine.matching;

import java.util.List;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.classify.FamilyClassifier;
import org.symbiose.engine.knowledge.ResourceKind;

/**
 * A flow's families as the matcher reads them: the classifier's, with one thing more it does not say. A
 * List-of-Waste code covers several resources (02 03 04, "materials unsuitable for consumption or processing":
 * fruit residues, oilseed cake, olive pomace, nut shells...; 19 09 02, sludges from water clarification: alum
 * and decarbonation sludges), and pathways list it for each of them. When a code decides the family and the
 * label's words, read alone, name that very family and nothing else ("marc de pommes": fruit and vegetable
 * residues), the two witnesses agree, and the reading's evidence says so: "LoW 020304 + marc de pommes", as
 * when the words refine the code. The family was then not read from the code alone, and the code no longer
 * opens the pathways that list it for other resources ({@code Compatibility.codeCarries}). Words that also name
 * another resource ("radicelles de malt": spent grain and malt; "tessons de tuiles": shards and tiles) do not
 * say plainly which of the code's resources this is, and change nothing. The confidence is the code's,
 * unchanged.
 */
final class CodeAndWords {

    private CodeAndWords() {}

    /** The families of a flow (see {@link FamilyClassifier#classify}), the agreement of code and words marked. */
    static List<Classification> families(
            FamilyClassifier classifier, String label, String ewc, ResourceKind kind, Double temperatureC) {
        List<Classification> read = classifier.classify(label, ewc, kind, temperatureC);
        if (label == null || read.size() != 1 || !Compatibility.readFromCodeAlone(read.get(0), ewc)) {
            return read;
        }
        Classification byCode = read.get(0);
        // The words alone: the classifier remembers the label's words, so this reads nothing twice.
        List<Classification> byWords = classifier.classify(label, null, kind, temperatureC);
        if (byWords.isEmpty()
                || byWords.stream().anyMatch(words -> !words.family().equals(byCode.family()))) {
            return read;
        }
        return List.of(new Classification(
                byCode.family(),
                byCode.confidence(),
                byCode.evidence() + " + " + byWords.get(0).evidence()));
    }
}
