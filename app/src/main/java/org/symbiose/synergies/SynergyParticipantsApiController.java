package org.symbiose.synergies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.SynergyId;
import org.symbiose.web.InvalidParameterException;
import org.symbiose.web.RefusedRequestException;

/**
 * A synergy's participants and linked flows through the API, for its initiative's facilitators: list,
 * add (201 with its Location), change a role, remove; link a participant's flow, unlink it. Every write
 * names the synergy's {@code version} read (409 when written since); a change that would leave the
 * synergy without what its kind needs is a 400 saying so.
 */
@RestController
@Tag(name = "Synergies")
class SynergyParticipantsApiController {

    /** A company to add and its role (SUPPLIER, RECEIVER or PARTNER), at the synergy's version read. */
    record ParticipantRequest(Long companyId, String role, Integer version) {}

    /** A new role at the synergy's version read. */
    record RoleRequest(String role, Integer version) {}

    /** A flow of a participating company to link, at the synergy's version read. */
    record FlowRequest(Long flowId, Integer version) {}

    /** A linked flow: its id, its company and its label. */
    record LinkedFlow(FlowId flowId, CompanyId companyId, String label) {}

    private final SynergyService synergies;
    private final SynergyParticipation participation;
    private final FlowRepository flows;

    SynergyParticipantsApiController(
            SynergyService synergies, SynergyParticipation participation, FlowRepository flows) {
        this.synergies = synergies;
        this.participation = participation;
        this.flows = flows;
    }

    @GetMapping("/api/v1/synergies/{id}/participants")
    @Operation(summary = "A synergy's participating companies and their roles")
    List<SynergyParticipant> participants(@PathVariable("id") long rawId) {
        SynergyId id = SynergyId.fromPath(rawId);
        return synergies.participantsOf(synergies.get(id));
    }

    @GetMapping("/api/v1/synergies/{id}/participants/{companyId}")
    @Operation(summary = "One participating company and its role: 404 when it takes no part")
    SynergyParticipant participant(@PathVariable("id") long rawId, @PathVariable("companyId") long rawCompanyId) {
        SynergyId id = SynergyId.fromPath(rawId);
        CompanyId companyId = CompanyId.fromPath(rawCompanyId);
        return synergies.participantsOf(synergies.get(id)).stream()
                .filter(p -> p.companyId().equals(companyId))
                .findFirst()
                .orElseThrow(() -> new RefusedRequestException(
                        HttpStatus.NOT_FOUND, "synergies.participants.error.notOne", companyId));
    }

    @PostMapping("/api/v1/synergies/{id}/participants")
    @Operation(summary = "Add a company of the initiative with its role, at the version read: 201 with its Location")
    ResponseEntity<SynergyView> add(
            @PathVariable("id") long rawId, @RequestBody(required = false) ParticipantRequest request) {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        ParticipantRequest body = request == null ? new ParticipantRequest(null, null, null) : request;
        if (body.companyId() == null || body.companyId() <= 0) {
            throw new InvalidParameterException("companyId", "synergies.error.api.companyId");
        }
        ParticipantRole role = role(body.role());
        participation.add(id, new CompanyId(body.companyId()), role, SynergyApiController.version(body.version()));
        return ResponseEntity.created(URI.create("/api/v1/synergies/" + id + "/participants/" + body.companyId()))
                .body(view(id));
    }

    @PutMapping("/api/v1/synergies/{id}/participants/{companyId}")
    @Operation(summary = "Give a participant another role, at the version read")
    SynergyView changeRole(
            @PathVariable("id") long rawId,
            @PathVariable long companyId,
            @RequestBody(required = false) RoleRequest request) {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        RoleRequest body = request == null ? new RoleRequest(null, null) : request;
        participation.changeRole(
                id, CompanyId.fromPath(companyId), role(body.role()), SynergyApiController.version(body.version()));
        return view(id);
    }

    @DeleteMapping("/api/v1/synergies/{id}/participants/{companyId}")
    @Operation(summary = "Remove a company (and its linked flows) from the synergy, at the version read")
    ResponseEntity<Void> remove(
            @PathVariable("id") long rawId,
            @PathVariable long companyId,
            @RequestParam(required = false) Integer version) {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        participation.remove(id, CompanyId.fromPath(companyId), SynergyApiController.version(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/synergies/{id}/flows")
    @Operation(summary = "A synergy's linked flows")
    List<LinkedFlow> flows(@PathVariable("id") long rawId) {
        return linked(SynergyId.fromPath(rawId));
    }

    private List<LinkedFlow> linked(SynergyId id) {
        return synergies.get(id).flowIds().stream()
                .map(flows::findById)
                .flatMap(java.util.Optional::stream)
                .map(f -> new LinkedFlow(f.id(), f.companyId(), f.label()))
                .toList();
    }

    @GetMapping("/api/v1/synergies/{id}/flows/{flowId}")
    @Operation(summary = "One linked flow: 404 when the synergy does not link it")
    LinkedFlow flow(@PathVariable("id") long rawId, @PathVariable("flowId") long rawFlowId) {
        SynergyId id = SynergyId.fromPath(rawId);
        FlowId flowId = FlowId.fromPath(rawFlowId);
        return linked(id).stream()
                .filter(f -> f.flowId().equals(flowId))
                .findFirst()
                .orElseThrow(() -> new RefusedRequestException(
                        HttpStatus.NOT_FOUND, "synergies.flows.error.notLinked", flowId.value()));
    }

    @PostMapping("/api/v1/synergies/{id}/flows")
    @Operation(summary = "Link a flow of a participating company, at the version read: 201 with its Location")
    ResponseEntity<SynergyView> attach(
            @PathVariable("id") long rawId, @RequestBody(required = false) FlowRequest request) {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        FlowRequest body = request == null ? new FlowRequest(null, null) : request;
        if (body.flowId() == null || body.flowId() <= 0) {
            throw new InvalidParameterException("flowId", "synergies.error.api.flowId");
        }
        participation.attach(id, new FlowId(body.flowId()), SynergyApiController.version(body.version()));
        return ResponseEntity.created(URI.create("/api/v1/synergies/" + id + "/flows/" + body.flowId()))
                .body(view(id));
    }

    @DeleteMapping("/api/v1/synergies/{id}/flows/{flowId}")
    @Operation(summary = "Unlink a flow from the synergy (the flow stays its company's), at the version read")
    ResponseEntity<Void> detach(
            @PathVariable("id") long rawId,
            @PathVariable long flowId,
            @RequestParam(required = false) Integer version) {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        participation.detach(id, FlowId.fromPath(flowId), SynergyApiController.version(version));
        return ResponseEntity.noContent().build();
    }

    private static ParticipantRole role(String role) {
        ParticipantRole named = SynergyForm.named(ParticipantRole.values(), role);
        if (named == null) {
            throw new InvalidParameterException("role", "synergies.error.api.role", String.valueOf(role));
        }
        return named;
    }

    private SynergyView view(SynergyId id) {
        Synergy synergy = synergies.get(id);
        return SynergyView.of(
                synergy, synergies.followUp(synergy), synergies.participantsOf(synergy), synergies.legalMoves(synergy));
    }
}
