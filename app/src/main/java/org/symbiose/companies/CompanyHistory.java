package org.symbiose.companies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.flows.ImportRuns;
import org.symbiose.flows.ImportRuns.ImportRun;
import org.symbiose.ids.CompanyId;

/**
 * A company's history as its file shows it: the changes of its log and, when an import created it, that
 * import as its first entry ("Création par import, fichier « adeto.zip »"). An import is recorded once and
 * the companies it creates point to it (docs/decisions/0033), so that its cost does not grow with a row
 * per company.
 */
@Component
public class CompanyHistory {

    /**
     * One entry as shown.
     *
     * @param run the import that made the change, null for a change made by hand
     * @param createdByImport true for the entry of the import that created the company
     */
    public record Entry(CompanyChange change, ImportRun run, boolean createdByImport) {

        /** The message key of what was done. */
        public String actionKey() {
            return createdByImport
                    ? "company.history.action.importCreated"
                    : change.action().key();
        }
    }

    private final CompanyChangeLog log;
    private final CompanyImportBatches imports;
    private final ImportRuns runs;

    CompanyHistory(CompanyChangeLog log, CompanyImportBatches imports, ImportRuns runs) {
        this.log = log;
        this.imports = imports;
        this.runs = runs;
    }

    /** The company's history, the latest first. */
    List<Entry> of(CompanyId id) {
        List<CompanyChange> changes = log.list(id);
        Optional<Long> creator = imports.createdByImport(id);
        Set<Long> ids = new HashSet<>();
        creator.ifPresent(ids::add);
        changes.stream().map(CompanyChange::importId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, ImportRun> found = ids.isEmpty() ? Map.of() : runs.find(ids);
        var entries = new ArrayList<Entry>(changes.size() + 1);
        for (CompanyChange change : changes) {
            entries.add(new Entry(change, change.importId() == null ? null : found.get(change.importId()), false));
        }
        creator.map(found::get)
                .ifPresent(run -> entries.add(new Entry(
                        new CompanyChange(
                                id,
                                run.at(),
                                run.username(),
                                run.displayName(),
                                CompanyChange.Action.IMPORTED,
                                List.of(),
                                run.id()),
                        run,
                        true)));
        return entries;
    }
}
