package org.symbiose.flows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.Role;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.flows.FlowOwners.FlowOwner;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.web.Problem;
import org.symbiose.web.RefusedRequestException;

/**
 * The flow grid of a company: facilitators type flows row by row, each row saved on its own as they
 * leave it (an answer in JSON: the saved row, or its errors by field); members read it. Beside the
 * label, the engine's reading of the row ({@code /flows/reading}).
 */
@Controller
class FlowGridController {

    private final FlowService flows;
    private final FlowRowReader reader;
    private final FlowReading reading;
    private final FlowChanges changes;
    private final MessageSource messages;
    private final AccessPolicy access;

    FlowGridController(
            FlowService flows,
            FlowRowReader reader,
            FlowReading reading,
            FlowChanges changes,
            MessageSource messages,
            AccessPolicy access) {
        this.flows = flows;
        this.reader = reader;
        this.reading = reading;
        this.changes = changes;
        this.messages = messages;
        this.access = access;
    }

    /** What a row save answers: the row as saved, or what is wrong with it, field by field. */
    record RowAnswer(FlowId id, Integer version, boolean recognised, String reading, List<Problem.FieldError> errors) {}

    @GetMapping("/companies/{id}/flows")
    String grid(@PathVariable("id") long rawId, Model model, Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        FlowOwner owner = flows.readable(id);
        List<GridRow> rows = new ArrayList<>();
        for (Flow flow : flows.list(id)) {
            rows.add(new GridRow(flow, GridRow.values(flow, locale), reading.read(flow, locale)));
        }
        model.addAttribute("owner", owner);
        model.addAttribute("rows", rows);
        model.addAttribute("editable", flows.mayEdit(owner));
        model.addAttribute("changes", changes.shown(flows.history(id), locale));
        model.addAttribute("vocabulary", GridVocabulary.INSTANCE);
        return "flows/grid";
    }

    @GetMapping("/companies/{id}/flows/history")
    String history(@PathVariable("id") long rawId, Model model, Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        model.addAttribute("changes", changes.shown(flows.history(id), locale));
        return "flows/grid :: history";
    }

    @PostMapping("/companies/{id}/flows/rows")
    @ResponseBody
    ResponseEntity<RowAnswer> create(@PathVariable("id") long rawId, @ModelAttribute FlowRowForm row, Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        flows.editable(id);
        Errors errors = new MapBindingResult(new java.util.HashMap<>(), "row");
        Flow flow = reader.read(row, null, id, errors);
        if (flow == null) {
            return invalid(errors, locale);
        }
        return saved(HttpStatus.CREATED, flows.create(flow), locale);
    }

    @PostMapping("/companies/{id}/flows/rows/{flowId}")
    @ResponseBody
    ResponseEntity<RowAnswer> update(
            @PathVariable("id") long rawId,
            @PathVariable("flowId") long rawFlowId,
            @ModelAttribute FlowRowForm row,
            Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        FlowId flowId = FlowId.fromPath(rawFlowId);
        Flow stored = ownFlow(id, flowId);
        Errors errors = new MapBindingResult(new java.util.HashMap<>(), "row");
        Flow flow = reader.read(row, stored.id(), id, errors);
        if (flow == null) {
            return invalid(errors, locale);
        }
        try {
            return saved(HttpStatus.OK, flows.update(flow), locale);
        } catch (RefusedRequestException conflict) {
            return conflict(locale);
        }
    }

    @PostMapping("/companies/{id}/flows/rows/{flowId}/delete")
    @ResponseBody
    ResponseEntity<RowAnswer> delete(
            @PathVariable("id") long rawId,
            @PathVariable("flowId") long rawFlowId,
            @RequestParam String version,
            Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        FlowId flowId = FlowId.fromPath(rawFlowId);
        Flow stored = ownFlow(id, flowId);
        Errors errors = new MapBindingResult(new java.util.HashMap<>(), "row");
        BigDecimal seen = FlowRowReader.number(version, "version", errors);
        if (seen == null || seen.scale() > 0 || seen.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return conflict(locale);
        }
        try {
            flows.delete(stored.id(), seen.intValue());
        } catch (RefusedRequestException conflict) {
            return conflict(locale);
        }
        return ResponseEntity.ok(new RowAnswer(stored.id(), null, false, "", List.of()));
    }

    /** The engine's reading of a row being typed, for the facilitators who type. */
    @GetMapping("/flows/reading")
    @ResponseBody
    FlowReading.Reading reading(
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String ewc,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String temperature,
            Locale locale) {
        SymbioseUser user = access.currentUser();
        if (user == null || user.role() != Role.FACILITATOR) {
            throw new AccessDeniedException("the reading is for facilitators");
        }
        Errors ignored = new MapBindingResult(new java.util.HashMap<>(), "reading");
        BigDecimal temperatureC = FlowRowReader.number(temperature, "temperature", ignored);
        String code = ewc == null ? null : ewc.replaceAll("[^0-9]", "");
        FlowCategory kind = null;
        try {
            kind = category == null || category.isBlank() ? null : FlowCategory.parse(category);
        } catch (IllegalArgumentException unknown) {
            // An unknown category gives no hint: the label is read alone.
        }
        return reading.read(cut(label), code == null || code.length() != 6 ? null : code, kind, temperatureC, locale);
    }

    private static String cut(String label) {
        return label == null || label.length() <= FlowRowReader.MAX_LABEL
                ? label
                : label.substring(0, FlowRowReader.MAX_LABEL);
    }

    /** A flow of this company that the user may edit; 404 when the company has no such flow. */
    private Flow ownFlow(CompanyId companyId, FlowId flowId) {
        flows.editable(companyId);
        Flow flow = flows.editableFlow(flowId);
        if (!flow.companyId().equals(companyId)) {
            throw new RefusedRequestException(HttpStatus.NOT_FOUND, "problem.detail.unknownId", flowId.value());
        }
        return flow;
    }

    private ResponseEntity<RowAnswer> saved(HttpStatus status, Flow flow, Locale locale) {
        FlowReading.Reading r = reading.read(flow, locale);
        return ResponseEntity.status(status)
                .body(new RowAnswer(flow.id(), flow.version(), r.recognised(), r.text(), List.of()));
    }

    private ResponseEntity<RowAnswer> invalid(Errors errors, Locale locale) {
        List<Problem.FieldError> list = errors.getFieldErrors().stream()
                .map(e -> new Problem.FieldError(e.getField(), messages.getMessage(e, locale)))
                .toList();
        return ResponseEntity.badRequest().body(new RowAnswer(null, null, false, "", list));
    }

    private ResponseEntity<RowAnswer> conflict(Locale locale) {
        String text = messages.getMessage("flows.conflict", null, locale);
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new RowAnswer(null, null, false, "", List.of(new Problem.FieldError("version", text))));
    }
}
