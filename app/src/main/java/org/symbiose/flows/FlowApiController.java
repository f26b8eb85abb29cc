package org.symbiose.flows;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.flows.FlowOwners.FlowOwner;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;
import org.symbiose.ids.FlowId;

/**
 * Writing flows and diagnostics through the API, for the initiative's facilitators: the same checks as
 * the grid, errors as problem details naming each field. An edit or a deletion names the version it
 * read ({@code version} in the body, {@code ?version=} for a deletion); an older one is refused (409).
 */
@RestController
@Tag(name = "Flows", description = "Flows and flow diagnostics of a company (the initiative's facilitators write)")
class FlowApiController {

    private final FlowService flows;
    private final DiagnosticService diagnostics;
    private final FlowRowReader reader;

    FlowApiController(FlowService flows, DiagnosticService diagnostics, FlowRowReader reader) {
        this.flows = flows;
        this.diagnostics = diagnostics;
        this.reader = reader;
    }

    @PostMapping("/api/v1/companies/{id}/flows")
    @Operation(summary = "Records a flow of a company; 201 with its address")
    ResponseEntity<FlowJson> create(@PathVariable long id, @RequestBody FlowRowForm body) throws BindException {
        CompanyId companyId = CompanyId.fromPath(id);
        flows.editable(companyId);
        var errors = new MapBindingResult(new HashMap<>(), "flow");
        Flow flow = reader.read(body, null, companyId, errors);
        if (flow == null) {
            throw new BindException(errors);
        }
        Flow saved = flows.create(flow);
        return ResponseEntity.created(URI.create("/api/v1/flows/" + saved.id())).body(FlowJson.of(saved));
    }

    @GetMapping("/api/v1/flows/{id}")
    @Operation(summary = "One flow, with the version to name when changing it")
    FlowJson flow(@PathVariable long id) {
        return FlowJson.of(flows.readableFlow(FlowId.fromPath(id)));
    }

    @PutMapping("/api/v1/flows/{id}")
    @Operation(summary = "Replaces a flow's fields, if still at the version named in the body")
    FlowJson update(@PathVariable long id, @RequestBody FlowRowForm body) throws BindException {
        Flow stored = flows.editableFlow(FlowId.fromPath(id));
        var errors = new MapBindingResult(new HashMap<>(), "flow");
        Flow flow = reader.read(body, stored.id(), stored.companyId(), errors);
        if (flow == null) {
            throw new BindException(errors);
        }
        return FlowJson.of(flows.update(flow));
    }

    @DeleteMapping("/api/v1/flows/{id}")
    @Operation(summary = "Deletes a flow, if still at the version named; its history stays")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        flows.delete(FlowId.fromPath(id), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/companies/{id}/diagnostics")
    @Operation(summary = "Records a flow diagnostic of a company (by default done by the calling account)")
    ResponseEntity<DiagnosticJson> createDiagnostic(@PathVariable long id, @RequestBody DiagnosticForm body)
            throws BindException {
        CompanyId companyId = CompanyId.fromPath(id);
        FlowOwner owner = flows.editable(companyId);
        var errors = new MapBindingResult(new HashMap<>(), "diagnostic");
        FlowDiagnostic diagnostic =
                body.read(null, companyId, diagnostics.facilitators(owner), diagnostics.current(), errors);
        if (diagnostic == null) {
            throw new BindException(errors);
        }
        FlowDiagnostic saved = diagnostics.create(diagnostic);
        return ResponseEntity.created(URI.create("/api/v1/diagnostics/" + saved.id()))
                .body(DiagnosticJson.of(saved));
    }

    @GetMapping("/api/v1/diagnostics/{id}")
    @Operation(summary = "One flow diagnostic")
    DiagnosticJson diagnostic(@PathVariable long id) {
        return DiagnosticJson.of(diagnostics.readable(DiagnosticId.fromPath(id)));
    }
}
