package org.symbiose.flows;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.flows.FlowOwners.FlowOwner;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.web.RefusedRequestException;

/**
 * Writes flows and keeps their history: the initiative's facilitators write, the company's members
 * read. Every write records who and when, and forgets the computed figures. An edit or a deletion names
 * the version it saw; a flow changed since is refused (409), never overwritten.
 */
@Service
public class FlowService {

    private static final int HISTORY_SHOWN = 200;

    private final FlowRepository flows;
    private final FlowChangeRepository changes;
    private final FlowOwners owners;
    private final ImportRuns imports;
    private final AccessPolicy access;
    private final FiguresService figures;
    private final Clock clock;

    FlowService(
            FlowRepository flows,
            FlowChangeRepository changes,
            FlowOwners owners,
            ImportRuns imports,
            AccessPolicy access,
            FiguresService figures,
            Clock clock) {
        this.flows = flows;
        this.changes = changes;
        this.owners = owners;
        this.imports = imports;
        this.access = access;
        this.figures = figures;
        this.clock = clock;
    }

    /** The company, for its facilitators and its members; 404 when there is none. */
    public FlowOwner readable(CompanyId companyId) {
        FlowOwner owner = owner(companyId);
        if (!access.canSeeCompany(owner.initiativeId(), companyId)) {
            throw new AccessDeniedException("company " + companyId + " is confidential");
        }
        return owner;
    }

    /** The company, for its initiative's facilitators only. */
    public FlowOwner editable(CompanyId companyId) {
        FlowOwner owner = owner(companyId);
        if (!mayEdit(owner)) {
            throw new AccessDeniedException("not a facilitator of company " + companyId);
        }
        return owner;
    }

    public boolean mayEdit(FlowOwner owner) {
        return access.canSeeCompanies(owner.initiativeId());
    }

    private FlowOwner owner(CompanyId companyId) {
        return owners.find(companyId)
                .orElseThrow(() -> new RefusedRequestException(
                        HttpStatus.NOT_FOUND, "problem.detail.companyNotFound", companyId.value()));
    }

    /** A flow its facilitators may edit; 404 when there is none, 403 for anyone else. */
    public Flow editableFlow(FlowId flowId) {
        Flow flow = find(flowId);
        editable(flow.companyId());
        return flow;
    }

    /** A flow its company's facilitators and members may read; 404 when there is none. */
    public Flow readableFlow(FlowId flowId) {
        Flow flow = find(flowId);
        readable(flow.companyId());
        return flow;
    }

    /** The flow of that id; 404 when there is none. */
    private Flow find(FlowId flowId) {
        return flows.findById(flowId)
                .orElseThrow(() ->
                        new RefusedRequestException(HttpStatus.NOT_FOUND, "problem.detail.unknownId", flowId.value()));
    }

    public List<Flow> list(CompanyId companyId) {
        readable(companyId);
        return flows.listByCompany(companyId);
    }

    /**
     * The company's flow history: the latest changes, and the flows each import created, one entry per
     * import, with the imports they name (who, when, which file).
     */
    public FlowHistory history(CompanyId companyId) {
        readable(companyId);
        List<FlowChange> latest = changes.listByCompany(companyId, HISTORY_SHOWN);
        java.util.Map<Long, List<String>> labels = flows.labelsByImport(companyId);
        var ids = new java.util.HashSet<Long>(labels.keySet());
        latest.stream()
                .map(FlowChange::importId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        java.util.Map<Long, ImportRuns.ImportRun> runs = ids.isEmpty() ? java.util.Map.of() : imports.find(ids);
        var imported = new java.util.ArrayList<ImportedFlows>();
        labels.forEach((importId, flowLabels) -> {
            ImportRuns.ImportRun run = runs.get(importId);
            if (run != null) {
                imported.add(new ImportedFlows(run, flowLabels));
            }
        });
        return new FlowHistory(latest, imported, runs);
    }

    /** Records a new flow of a company; answers it with its id. */
    @Transactional
    public Flow create(Flow flow) {
        editable(flow.companyId());
        FlowId id = flows.insert(flow);
        Flow saved = flows.findById(id).orElseThrow();
        record(saved, FlowChange.Action.CREATED, List.of());
        figures.forgetAll();
        return saved;
    }

    /**
     * Saves an edited flow if nobody changed it since {@code edited.version()}; answers it as saved.
     * Its company and external id stay those stored.
     */
    @Transactional
    public Flow update(Flow edited) {
        Flow before = editableFlow(edited.id());
        List<FlowChange.FieldChange> changed = FlowFields.changed(before, edited);
        if (!flows.update(edited)) {
            throw conflict();
        }
        Flow saved = flows.findById(edited.id()).orElseThrow();
        if (!changed.isEmpty()) {
            record(saved, FlowChange.Action.EDITED, changed);
        }
        figures.forgetAll();
        return saved;
    }

    /** Deletes a flow if nobody changed it since {@code version}; its history stays. */
    @Transactional
    public void delete(FlowId flowId, int version) {
        Flow flow = editableFlow(flowId);
        if (!flows.delete(flowId, version)) {
            throw conflict();
        }
        record(flow, FlowChange.Action.DELETED, List.of());
        figures.forgetAll();
    }

    static RefusedRequestException conflict() {
        return new RefusedRequestException(HttpStatus.CONFLICT, "flows.conflict");
    }

    private void record(Flow flow, FlowChange.Action action, List<FlowChange.FieldChange> fields) {
        SymbioseUser user = access.currentUser();
        changes.record(new FlowChange(
                null,
                flow.id(),
                flow.companyId(),
                user.username(),
                user.displayName(),
                clock.instant(),
                action,
                flow.label(),
                fields));
    }
}
