package org.symbiose.initiatives;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.impacts.Metric;
import org.symbiose.web.RefusedRequestException;

/**
 * Edit forms of the experience sheet, one per section, for the initiative's facilitators and the
 * network coordinator. A save revises the whole initiative against the version the editor saw, so
 * that nobody silently overwrites someone else's save; then the sheet page shows the section.
 */
@Controller
@RequestMapping("/initiatives/{slug}/edit")
class SheetEditController {

    /** Flash attribute holding the confirmation shown on the sheet page after a save. */
    static final String FLASH = "flash";

    private static final Pattern ROW_FIELD = Pattern.compile("\\w+\\[(\\d+)]\\..+");

    private final InitiativeRepository initiatives;
    private final AccessPolicy access;
    private final MessageSource messages;

    SheetEditController(InitiativeRepository initiatives, AccessPolicy access, MessageSource messages) {
        this.initiatives = initiatives;
        this.access = access;
        this.messages = messages;
    }

    /**
     * Refuses, before binding, a post naming a table row the form did not show (see {@link FormRows}):
     * a 400 in the user's language, nothing saved.
     */
    @InitBinder("form")
    void boundRows(@PathVariable String slug, HttpServletRequest request, Locale locale) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI();
        Optional<SheetSection> section = SheetSection.findByPath(path.substring(path.lastIndexOf('/') + 1));
        if (section.isEmpty()) {
            return;
        }
        // No initiative, no form to bound the rows by: the answer is a 404 whatever was posted.
        Initiative initiative = initiatives.getBySlug(slug);
        Map<String, Integer> sizes = FormRows.sizes(section.get().formOf(initiative, locale));
        if (!String.valueOf(initiative.version()).equals(request.getParameter("version"))) {
            sizes = FormRows.atMost(sizes);
        }
        FormRows.firstOutside(request.getParameterMap().keySet(), sizes).ifPresent(field -> {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "problem.detail.rowOutOfForm", field);
        });
    }

    @GetMapping
    String edit(@PathVariable String slug) {
        editable(slug);
        return "redirect:/initiatives/{slug}/edit/" + SheetSection.IDENTITY.path();
    }

    @GetMapping("/{section}")
    String form(@PathVariable String slug, @PathVariable String section, Model model, Locale locale) {
        Initiative initiative = editable(slug);
        SheetSection shown = SheetSection.findByPath(section)
                .orElseThrow(() ->
                        new RefusedRequestException(HttpStatus.NOT_FOUND, "problem.detail.unknownSection", section));
        return show(model, initiative, shown, shown.formOf(initiative, locale), initiative.version());
    }

    @PostMapping("/identity")
    String saveIdentity(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") IdentityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.IDENTITY, version, form, result, model, redirect, locale);
    }

    @PostMapping("/carrier")
    String saveCarrier(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") CarrierForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.CARRIER, version, form, result, model, redirect, locale);
    }

    @PostMapping("/objectives")
    String saveObjectives(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") ObjectivesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.OBJECTIVES, version, form, result, model, redirect, locale);
    }

    @PostMapping("/key-figures")
    String saveKeyFigures(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") KeyFiguresForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.KEY_FIGURES, version, form, result, model, redirect, locale);
    }

    @PostMapping("/stages")
    String saveStages(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") StagesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.STAGES, version, form, result, model, redirect, locale);
    }

    @PostMapping("/means")
    String saveMeans(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") MeansForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.MEANS, version, form, result, model, redirect, locale);
    }

    @PostMapping("/governance")
    String saveGovernance(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") GovernanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.GOVERNANCE, version, form, result, model, redirect, locale);
    }

    @PostMapping("/animation")
    String saveAnimation(
            @PathVariable String slug,
            @RequestParam int version,
            @Valid @ModelAttribute("form") AnimationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(slug, SheetSection.ANIMATION, version, form, result, model, redirect, locale);
    }

    /**
     * Saves a valid form over the version the editor saw, or shows the form again: with its errors, or
     * with a conflict message when someone else saved in between (the editor's input is kept).
     */
    private String save(
            String slug,
            SheetSection section,
            int version,
            SheetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative current = editable(slug);
        if (form == null || result.getTarget() == null) {
            // Spring could not construct the form at all (a value of the wrong type for a constructor argument
            // leaves the binding result without a target); a value no select offers still binds, with a field error.
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "problem.detail.unreadableForm");
        }
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("problems", problems(result, locale));
            return show(model, current, section, form, version);
        }
        try {
            initiatives.save(form.applyTo(asSeenAt(current, version)), initiatives.networkIdOf(current.id()));
        } catch (OptimisticLockingFailureException e) {
            Initiative latest = initiatives.getBySlug(slug);
            model.addAttribute("conflict", true);
            return show(model, latest, section, form, latest.version());
        }
        redirect.addFlashAttribute(FLASH, messages.getMessage("edit.saved", null, locale));
        return "redirect:/initiatives/{slug}#" + section.anchor();
    }

    private Initiative editable(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireEdit(initiative.id());
        return initiative;
    }

    /** The stored initiative as it was at the version the editor loaded, for the optimistic check. */
    private static Initiative asSeenAt(Initiative current, int version) {
        return current.stored(current.id(), version, current.updatedAt());
    }

    private static String show(Model model, Initiative initiative, SheetSection section, SheetForm form, int version) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("section", section.path());
        model.addAttribute("sections", SheetSection.paths());
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("carrierTypes", CarrierType.values());
        return section.template();
    }

    /** Every error in the user's language, naming the row of a table: "Ligne 2 : la valeur doit...". */
    private List<String> problems(BindingResult result, Locale locale) {
        return result.getAllErrors().stream()
                .sorted(Comparator.comparingInt(SheetEditController::rowOf))
                .map(error -> describe(error, locale))
                .distinct()
                .toList();
    }

    private String describe(ObjectError error, Locale locale) {
        String message = messages.getMessage(error, locale);
        int row = rowOf(error);
        return row == 0
                ? StringUtils.capitalize(message)
                : messages.getMessage("edit.error.row", new Object[] {row, message}, locale);
    }

    /** The table row (from 1) an error is about, 0 when it is about a field outside tables. */
    private static int rowOf(ObjectError error) {
        if (error instanceof FieldError field) {
            Matcher row = ROW_FIELD.matcher(field.getField());
            if (row.matches()) {
                return Integer.parseInt(row.group(1)) + 1;
            }
        }
        return 0;
    }
}
