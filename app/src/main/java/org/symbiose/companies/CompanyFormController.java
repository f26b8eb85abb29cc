package org.symbiose.companies;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.CompanyId;
import org.symbiose.initiatives.FormRows;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.RefusedRequestException;

/**
 * The company form, for the initiative's facilitators: "Nouvelle entreprise" from the directory, and
 * editing, archiving and restoring from the company's file. Wrong input shows the form again with
 * every message; a likely duplicate shows the existing company and asks to create anyway.
 */
@Controller
class CompanyFormController {

    /** Flash attribute holding the confirmation shown on the company's file after a save. */
    static final String FLASH = "flash";

    private final InitiativeRepository initiatives;
    private final CompanyRepository companies;
    private final CompanyEditing editing;
    private final CompanyChecks checks;
    private final AccessPolicy access;
    private final MessageSource messages;

    CompanyFormController(
            InitiativeRepository initiatives,
            CompanyRepository companies,
            CompanyEditing editing,
            CompanyChecks checks,
            AccessPolicy access,
            MessageSource messages) {
        this.initiatives = initiatives;
        this.companies = companies;
        this.editing = editing;
        this.checks = checks;
        this.access = access;
        this.messages = messages;
    }

    /**
     * Refuses, before binding, a post naming a site row beyond {@link CompanyInput#MAX_SITES} or a
     * malformed row ({@code sites[-1]}, {@code sites[abc]}): no page of ours sends it (400, nothing saved).
     */
    @InitBinder("form")
    void boundRows(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            FormRows.firstOutside(request.getParameterMap().keySet(), Map.of("sites", CompanyInput.MAX_SITES))
                    .ifPresent(field -> {
                        throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "problem.detail.rowOutOfForm", field);
                    });
        }
    }

    @GetMapping("/companies/new")
    String newCompany(@RequestParam String initiative, Model model) {
        Initiative selected = managed(initiative);
        return show(model, selected, null, CompanyInput.blank(), Duplicates.Found.NONE, List.of());
    }

    @PostMapping("/companies/new")
    String create(
            @RequestParam String initiative,
            @ModelAttribute("form") CompanyInput form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative selected = managed(initiative);
        readable(form, result);
        CompanyEditing.Checked checked = editing.check(selected, form, null, result);
        boolean warn = !checked.duplicates().sameNameAndCommune().isEmpty() && !form.confirmed();
        if (result.hasErrors() || warn) {
            return show(model, selected, null, form, checked.duplicates(), problems(result, locale));
        }
        Company saved;
        try {
            saved = editing.create(checked.company());
        } catch (SiretTakenException e) {
            editing.rejectTaken(selected, form, null, result);
            return show(model, selected, null, form, Duplicates.Found.NONE, problems(result, locale));
        }
        redirect.addFlashAttribute(FLASH, messages.getMessage("company.form.created", null, locale));
        return "redirect:/companies/" + saved.id().value();
    }

    @GetMapping("/companies/{id}/edit")
    String edit(@PathVariable("id") long rawId, Model model) {
        CompanyId id = CompanyId.fromPath(rawId);
        Company company = companies.getById(id);
        Initiative initiative = managed(company);
        CompanyInput form = CompanyInput.of(company, CompanyEditing.parks(initiative), checks.communes());
        model.addAttribute("version", companies.version(company.id()));
        return show(model, initiative, company, form, Duplicates.Found.NONE, List.of());
    }

    @PostMapping("/companies/{id}/edit")
    String update(
            @PathVariable("id") long rawId,
            @RequestParam int version,
            @ModelAttribute("form") CompanyInput form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        Company current = companies.getById(id);
        Initiative initiative = managed(current);
        readable(form, result);
        CompanyEditing.Checked checked = editing.check(initiative, form, current, result);
        model.addAttribute("version", version);
        if (result.hasErrors()) {
            return show(model, initiative, current, form, checked.duplicates(), problems(result, locale));
        }
        try {
            editing.update(current, checked.company(), version);
        } catch (SiretTakenException e) {
            editing.rejectTaken(initiative, form, current, result);
            return show(model, initiative, current, form, Duplicates.Found.NONE, problems(result, locale));
        } catch (CompanyConflictException e) {
            // The editor's input is kept; saving again overwrites the other edit knowingly.
            model.addAttribute("version", companies.version(current.id()));
            String conflict = messages.getMessage("company.form.conflict", null, locale);
            return show(model, initiative, current, form, Duplicates.Found.NONE, List.of(conflict));
        }
        redirect.addFlashAttribute(FLASH, messages.getMessage("company.form.saved", null, locale));
        return "redirect:/companies/" + id;
    }

    @PostMapping("/companies/{id}/archive")
    String archive(
            @PathVariable("id") long rawId, @RequestParam int version, RedirectAttributes redirect, Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        editing.archive(id, version);
        redirect.addFlashAttribute(FLASH, messages.getMessage("company.form.archived", null, locale));
        return "redirect:/companies/" + id;
    }

    @PostMapping("/companies/{id}/restore")
    String restore(
            @PathVariable("id") long rawId, @RequestParam int version, RedirectAttributes redirect, Locale locale) {
        CompanyId id = CompanyId.fromPath(rawId);
        editing.restore(id, version);
        redirect.addFlashAttribute(FLASH, messages.getMessage("company.form.restored", null, locale));
        return "redirect:/companies/" + id;
    }

    private Initiative managed(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireManageCompanies(initiative.id());
        return initiative;
    }

    private Initiative managed(Company company) {
        access.requireManageCompanies(company.initiativeId());
        return initiatives.getById(company.initiativeId());
    }

    /** A value Spring could not turn into the form (a forged checkbox): a 400, as on the sheet's forms. */
    private static void readable(CompanyInput form, BindingResult result) {
        if (form == null || result.getTarget() == null) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "problem.detail.unreadableForm");
        }
    }

    private static String show(
            Model model,
            Initiative initiative,
            Company company,
            CompanyInput form,
            Duplicates.Found duplicates,
            List<String> problems) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("company", company);
        model.addAttribute("form", form);
        model.addAttribute("parks", CompanyEditing.parks(initiative));
        model.addAttribute("sameSiret", duplicates.sameSiret());
        model.addAttribute("sameName", duplicates.sameNameAndCommune());
        model.addAttribute("problems", problems);
        model.addAttribute("maxSites", CompanyInput.MAX_SITES);
        return "companies/form";
    }

    /** Every error in the user's language, once each. */
    private List<String> problems(BindingResult result, Locale locale) {
        return result.getAllErrors().stream()
                .map(error -> StringUtils.capitalize(messages.getMessage(error, locale)))
                .distinct()
                .toList();
    }
}
