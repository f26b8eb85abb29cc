package org.symbiose.flows;

import java.util.List;
import java.util.Map;

/**
 * A company's flow history as its grid shows it: the changes made by hand or by an import, and the flows
 * each import created, one entry per import.
 *
 * @param runs the imports the changes and entries name, by id
 */
public record FlowHistory(
        List<FlowChange> changes, List<ImportedFlows> imported, Map<Long, ImportRuns.ImportRun> runs) {

    public FlowHistory {
        changes = List.copyOf(changes);
        imported = List.copyOf(imported);
        runs = Map.copyOf(runs);
    }
}
