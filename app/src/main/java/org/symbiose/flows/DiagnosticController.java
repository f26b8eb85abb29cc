package org.symbiose.flows;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbiose.flows.FlowOwners.FlowOwner;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;

/**
 * Creating, editing and deleting a company's flow diagnostics, from the company's file, for its
 * initiative's facilitators. A form with errors is shown again with a message under each field.
 */
@Controller
class DiagnosticController {

    private final DiagnosticService diagnostics;
    private final FlowService flows;

    DiagnosticController(DiagnosticService diagnostics, FlowService flows) {
        this.diagnostics = diagnostics;
        this.flows = flows;
    }

    @GetMapping("/companies/{id}/diagnostics/new")
    String newForm(@PathVariable long id, Model model) {
        CompanyId companyId = CompanyId.fromPath(id);
        FlowOwner owner = flows.editable(companyId);
        var form = new DiagnosticForm(
                DiagnosticKind.FLASH.name(),
                "",
                LocalDate.now().toString(),
                diagnostics.current().username(),
                "false",
                "");
        return form(owner, null, form, model);
    }

    @PostMapping("/companies/{id}/diagnostics")
    String create(
            @PathVariable long id, @ModelAttribute("form") DiagnosticForm form, BindingResult result, Model model) {
        CompanyId companyId = CompanyId.fromPath(id);
        FlowOwner owner = flows.editable(companyId);
        FlowDiagnostic diagnostic =
                form.read(null, companyId, diagnostics.facilitators(owner), diagnostics.current(), result);
        if (diagnostic == null) {
            return form(owner, null, form, model);
        }
        diagnostics.create(diagnostic);
        return "redirect:/companies/" + id + "#diagnostics";
    }

    @GetMapping("/companies/{id}/diagnostics/{diagnosticId}/edit")
    String editForm(@PathVariable long id, @PathVariable long diagnosticId, Model model) {
        CompanyId companyId = CompanyId.fromPath(id);
        FlowOwner owner = flows.editable(companyId);
        FlowDiagnostic d = diagnostics.editable(companyId, DiagnosticId.fromPath(diagnosticId));
        return form(owner, d.id(), DiagnosticForm.of(d), model);
    }

    @PostMapping("/companies/{id}/diagnostics/{diagnosticId}")
    String update(
            @PathVariable long id,
            @PathVariable long diagnosticId,
            @ModelAttribute("form") DiagnosticForm form,
            BindingResult result,
            Model model) {
        CompanyId companyId = CompanyId.fromPath(id);
        FlowOwner owner = flows.editable(companyId);
        FlowDiagnostic stored = diagnostics.editable(companyId, DiagnosticId.fromPath(diagnosticId));
        FlowDiagnostic diagnostic =
                form.read(stored.id(), companyId, diagnostics.facilitators(owner), diagnostics.current(), result);
        if (diagnostic == null) {
            return form(owner, stored.id(), form, model);
        }
        diagnostics.update(diagnostic);
        return "redirect:/companies/" + id + "#diagnostics";
    }

    /** The confirmation before a deletion: a page of its own, keyboard and screen reader friendly. */
    @GetMapping("/companies/{id}/diagnostics/{diagnosticId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long diagnosticId, Model model) {
        CompanyId companyId = CompanyId.fromPath(id);
        FlowOwner owner = flows.editable(companyId);
        model.addAttribute("owner", owner);
        model.addAttribute("diagnostic", diagnostics.editable(companyId, DiagnosticId.fromPath(diagnosticId)));
        return "flows/diagnostic-delete";
    }

    @PostMapping("/companies/{id}/diagnostics/{diagnosticId}/delete")
    String delete(@PathVariable long id, @PathVariable long diagnosticId, @RequestParam String version) {
        int seen;
        try {
            seen = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new org.symbiose.web.RefusedRequestException(
                    org.springframework.http.HttpStatus.CONFLICT, "flows.diagnostic.conflict");
        }
        diagnostics.delete(CompanyId.fromPath(id), DiagnosticId.fromPath(diagnosticId), seen);
        return "redirect:/companies/" + id + "#diagnostics";
    }

    private String form(FlowOwner owner, DiagnosticId diagnosticId, DiagnosticForm form, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("diagnosticId", diagnosticId);
        model.addAttribute("form", form);
        model.addAttribute("kinds", DiagnosticKind.values());
        model.addAttribute("themes", DiagnosticTheme.values());
        model.addAttribute("facilitators", diagnostics.facilitators(owner));
        return "flows/diagnostic";
    }
}
