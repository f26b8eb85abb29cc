package org.symbiose.opportunities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.RefusedRequestException;

/**
 * The opportunities workflow on the API: runs in the background (202 and the run's status to poll), the
 * proposals still offered with their keys, dismissals and retaining; facilitators only
 * (docs/decisions/0022).
 */
@RestController
@Tag(name = "Opportunities", description = "Substitutions and mutualisations the engine proposes (facilitators only)")
class OpportunityRunApiController {

    /** A dismissal asked on the API: the proposal's key, a reason code of the list, words (required for OTHER). */
    record DismissalRequest(String key, String reasonCode, String reason) {}

    /** A proposal to retain, by its key. */
    record RetainRequest(String key) {}

    private final InitiativeRepository initiatives;
    private final OpportunityService opportunities;
    private final OpportunityWorkflow workflow;
    private final MatchRuns runs;
    private final AccessPolicy access;

    OpportunityRunApiController(
            InitiativeRepository initiatives,
            OpportunityService opportunities,
            OpportunityWorkflow workflow,
            MatchRuns runs,
            AccessPolicy access) {
        this.initiatives = initiatives;
        this.opportunities = opportunities;
        this.workflow = workflow;
        this.runs = runs;
        this.access = access;
    }

    private InitiativeId initiative(long id) {
        InitiativeId initiativeId =
                initiatives.getById(InitiativeId.fromPath(id)).id();
        access.requireCompanies(initiativeId);
        return initiativeId;
    }

    @PostMapping("/api/v1/initiatives/{id}/opportunities/runs")
    @Operation(summary = "Start matching the initiative in the background (or answer the run under way)")
    ResponseEntity<Map<String, Object>> start(@PathVariable long id) {
        MatchRun run = opportunities.start(initiative(id));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/initiatives/" + id + "/opportunities/runs/" + run.id()))
                .body(OpportunityController.status(run));
    }

    @GetMapping("/api/v1/initiatives/{id}/opportunities/runs/{runId}")
    @Operation(summary = "Where a run stands: QUEUED, RUNNING, DONE or FAILED, with its stage and progress")
    Map<String, Object> run(@PathVariable long id, @PathVariable String runId) {
        InitiativeId initiativeId = initiative(id);
        return runs.run(runId, initiativeId)
                .map(OpportunityController::status)
                .orElseThrow(() -> new RefusedRequestException(HttpStatus.NOT_FOUND, "opportunities.unknownRun"));
    }

    @GetMapping("/api/v1/initiatives/{id}/opportunities/proposals")
    @Operation(
            summary = "The proposals of the last run still offered (neither retained nor dismissed), with their keys")
    List<Map<String, Object>> proposals(@PathVariable long id) {
        InitiativeId initiativeId = initiative(id);
        KeptResult kept = runs.kept(initiativeId)
                .orElseThrow(() -> new RefusedRequestException(HttpStatus.NOT_FOUND, "opportunities.unknownRun"));
        var excluded = workflow.excluded(initiativeId);
        return kept.opportunities().stream()
                .filter(o -> o.key() != null && !excluded.contains(o.key()))
                .map(o -> Map.<String, Object>of(
                        "key", o.key(),
                        "kind", o.substitution() ? "SUBSTITUTION" : "MUTUALISATION",
                        "rank", o.candidate().rank(),
                        "score", o.candidate().score(),
                        "company_ids", o.companyIds(),
                        "flow_ids", o.flowIds()))
                .toList();
    }

    @PostMapping("/api/v1/initiatives/{id}/opportunities/dismissals")
    @Operation(summary = "Dismiss a proposal with a reason: it is no longer offered, whatever the reruns")
    ResponseEntity<Void> dismiss(@PathVariable long id, @RequestBody DismissalRequest request) {
        InitiativeId initiativeId = initiative(id);
        workflow.dismiss(
                initiativeId,
                request.key(),
                DismissalReason.parse(request.reasonCode(), "reasonCode"),
                request.reason());
        return ResponseEntity.created(
                        URI.create("/api/v1/initiatives/" + id + "/opportunities/dismissals/" + request.key()))
                .build();
    }

    @DeleteMapping("/api/v1/initiatives/{id}/opportunities/dismissals/{key}")
    @Operation(summary = "Restore a dismissed proposal")
    ResponseEntity<Void> restore(@PathVariable long id, @PathVariable String key) {
        workflow.restore(initiative(id), key);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/initiatives/{id}/opportunities/retained")
    @Operation(summary = "Retain a proposal as a synergy \"en perspective\"; answers the synergy's id")
    ResponseEntity<Map<String, Object>> retain(@PathVariable long id, @RequestBody RetainRequest request) {
        InitiativeId initiativeId = initiative(id);
        SynergyId synergyId = workflow.retain(initiativeId, request.key());
        String slug = initiatives.getById(InitiativeId.fromPath(id)).slug();
        return ResponseEntity.created(URI.create("/initiatives/" + slug + "/synergies/" + synergyId))
                .body(Map.of("synergy_id", synergyId));
    }
}
