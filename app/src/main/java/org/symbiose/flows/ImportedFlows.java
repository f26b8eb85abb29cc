package org.symbiose.flows;

import java.util.List;

/**
 * The flows one import created in a company and that are still there, shown in the company's flow history
 * as one entry ("a importé 3 flux du fichier « adeto.zip »") rather than one per flow.
 *
 * @param labels the flows' labels, in the order they were created
 */
public record ImportedFlows(ImportRuns.ImportRun run, List<String> labels) {

    public ImportedFlows {
        labels = List.copyOf(labels);
    }
}
