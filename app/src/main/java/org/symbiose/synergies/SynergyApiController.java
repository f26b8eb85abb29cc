package org.symbiose.synergies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.web.InvalidParameterException;
import org.symbiose.web.RefusedRequestException;

/**
 * The synergies of an initiative through the API, for its facilitators: list, create (201 with its
 * Location), read, replace the follow-up at a version (409 when written since), and move through the
 * life cycle (400 with the life cycle's reason when the move is not allowed). The same checks as the
 * pages: the request fills a {@link SynergyForm}, so that a wrong field is a 400 naming it.
 */
@RestController
@Tag(name = "Synergies")
class SynergyApiController {

    /** A company and its role: SUPPLIER, RECEIVER or PARTNER. */
    record ParticipantRequest(Long companyId, String role) {}

    /** So much of an engine unit (TONNE, MEGAWATT_HOUR…) per period (YEAR, MONTH, WEEK, DAY, ONCE). */
    record QuantityRequest(BigDecimal value, String unit, String period) {}

    /**
     * A synergy as a client sends it. PUT replaces the wording and follow-up (a field left out is
     * emptied) and needs the {@code version} read; kind and sub-type are set at creation, participants
     * and flows change afterwards through {@link SynergyParticipantsApiController}.
     */
    record SynergyRequest(
            String title,
            String description,
            String kind,
            String subType,
            List<ParticipantRequest> participants,
            List<Long> flowIds,
            QuantityRequest planned,
            QuantityRequest measured,
            String startedOn,
            String endsOn,
            String nextStep,
            String nextStepOwner,
            String notes,
            Integer version) {

        SynergyForm form() {
            return new SynergyForm(
                    title,
                    description,
                    kind,
                    subType,
                    nextStep,
                    nextStepOwner,
                    planned == null || planned.value() == null
                            ? ""
                            : planned.value().toPlainString(),
                    planned == null ? "" : planned.unit(),
                    planned == null ? "" : planned.period(),
                    measured == null || measured.value() == null
                            ? ""
                            : measured.value().toPlainString(),
                    measured == null ? "" : measured.unit(),
                    measured == null ? "" : measured.period(),
                    startedOn,
                    endsOn,
                    notes,
                    participants == null
                            ? List.of()
                            : participants.stream()
                                    .map(p -> p == null ? "" : p.companyId() + ":" + p.role())
                                    .toList(),
                    flowIds);
        }
    }

    /** A move: the target status, the version read, and the reason when abandoning. */
    record StatusRequest(String status, Integer version, String reason) {}

    private final SynergyPlaces places;
    private final FlowRepository flows;
    private final SynergyService synergies;
    private final AccessPolicy access;
    private final SpringValidatorAdapter validator;
    private final Clock clock;

    SynergyApiController(
            SynergyPlaces places,
            FlowRepository flows,
            SynergyService synergies,
            AccessPolicy access,
            jakarta.validation.Validator validator,
            Clock clock) {
        this.places = places;
        this.flows = flows;
        this.synergies = synergies;
        this.access = access;
        this.validator = new SpringValidatorAdapter(validator);
        this.clock = clock;
    }

    @GetMapping("/api/v1/initiatives/{id}/synergies")
    @Operation(summary = "The initiative's synergies with their follow-up, for its facilitators")
    List<SynergyView> list(@PathVariable("id") long rawId) {
        InitiativeId initiativeId = facilitated(rawId).id();
        Map<SynergyId, FollowUp> followUps = synergies.followUps(initiativeId);
        Map<SynergyId, List<SynergyParticipant>> participants = synergies.participants(initiativeId);
        return synergies.list(initiativeId).stream()
                .map(s -> SynergyView.of(
                        s,
                        followUps.get(s.id()),
                        participants.getOrDefault(s.id(), List.of()),
                        synergies.legalMoves(s)))
                .toList();
    }

    @PostMapping("/api/v1/initiatives/{id}/synergies")
    @Operation(summary = "Create a synergy by hand, in perspective: 201 with its Location")
    ResponseEntity<SynergyView> create(
            @PathVariable("id") long rawId, @RequestBody(required = false) SynergyRequest request)
            throws BindException {
        InitiativeId initiativeId = facilitated(rawId).id();
        SynergyForm form = checked(request, true);
        places.firstOutside(initiativeId, form.companyIds()).ifPresent(company -> {
            throw new InvalidParameterException("participants", "synergies.error.foreignCompany.api", company);
        });
        List<Long> own = flows.listByInitiative(initiativeId).stream()
                .filter(f -> form.companyIds().contains(f.companyId()))
                .map(f -> f.id().value())
                .toList();
        form.flows().stream().filter(f -> !own.contains(f)).findFirst().ifPresent(flow -> {
            throw new InvalidParameterException("flowIds", "synergies.error.foreignFlow.api", flow);
        });
        SynergyId created =
                synergies.create(form.toDraft(initiativeId, LocalDate.now(clock)), form.roles(), form.toEdit());
        return ResponseEntity.created(URI.create("/api/v1/synergies/" + created))
                .body(view(synergies.get(created)));
    }

    @GetMapping("/api/v1/synergies/{id}")
    @Operation(summary = "One synergy with its follow-up and the moves its life cycle allows now")
    SynergyView get(@PathVariable("id") long rawId) {
        SynergyId id = SynergyId.fromPath(rawId);
        return view(synergies.get(id));
    }

    @PutMapping("/api/v1/synergies/{id}")
    @Operation(summary = "Replace a synergy's wording and follow-up at the version read: 409 when written since")
    SynergyView update(@PathVariable("id") long rawId, @RequestBody(required = false) SynergyRequest request)
            throws BindException {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        SynergyForm form = checked(request, false);
        synergies.edit(id, form.toEdit(), version(request.version()));
        return view(synergies.get(id));
    }

    @PostMapping("/api/v1/synergies/{id}/status")
    @Operation(
            summary =
                    "Move a synergy (PERSPECTIVE, IN_PROGRESS, REALISED, ABANDONED with a reason) at the version read")
    SynergyView move(@PathVariable("id") long rawId, @RequestBody(required = false) StatusRequest request) {
        SynergyId id = SynergyId.fromPath(rawId);
        synergies.get(id);
        String status = request == null ? null : request.status();
        SynergyStatus target = SynergyForm.named(SynergyStatus.values(), status);
        if (target == null) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.status", String.valueOf(status));
        }
        synergies.move(id, target, version(request.version()), request.reason());
        return view(synergies.get(id));
    }

    private SynergyForm checked(SynergyRequest request, boolean creating) throws BindException {
        SynergyForm form = (request == null
                        ? new SynergyRequest(
                                null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                        : request)
                .form();
        var errors = new BeanPropertyBindingResult(form, "synergy");
        validator.validate(form, errors);
        if (!form.readable()) {
            errors.rejectValue("participants", "synergies.error.participants.api");
        }
        form.check(errors, creating);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        return form;
    }

    static int version(Integer version) {
        if (version == null || version < 0) {
            throw new InvalidParameterException("version", "synergies.error.version");
        }
        return version;
    }

    private SynergyView view(Synergy synergy) {
        return SynergyView.of(
                synergy, synergies.followUp(synergy), synergies.participantsOf(synergy), synergies.legalMoves(synergy));
    }

    private SynergyPlaces.Place facilitated(long id) {
        SynergyPlaces.Place initiative = places.byId(InitiativeId.fromPath(id));
        access.requireManageSynergies(initiative.id());
        return initiative;
    }
}
