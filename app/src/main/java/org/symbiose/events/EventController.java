package org.symbiose.events;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * An initiative's events (workshops, meetings, trainings, visits): the list, most recent first, and
 * the forms to record, change and delete one. For the initiative's facilitators only: attendance
 * names companies, which the network coordinator does not see.
 */
@Controller
@RequestMapping("/initiatives/{slug}/events")
class EventController {

    /** Flash attribute holding the confirmation shown on the list after a write. */
    static final String FLASH = "flash";

    private final InitiativeRepository initiatives;
    private final CompanyRepository companies;
    private final EventService events;
    private final AccessPolicy access;
    private final FormProblems pages;

    EventController(
            InitiativeRepository initiatives,
            CompanyRepository companies,
            EventService events,
            AccessPolicy access,
            FormProblems pages) {
        this.initiatives = initiatives;
        this.companies = companies;
        this.events = events;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Initiative initiative = facilitated(slug);
        long id = initiative.id().value();
        model.addAttribute("initiative", initiative);
        model.addAttribute("events", events.list(id));
        model.addAttribute("companyNames", companies.namesByInitiative(id));
        model.addAttribute("changes", events.changes(id));
        return "events/list";
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, Model model) {
        return form(model, facilitated(slug), null, EventForm.blank(), List.of());
    }

    @PostMapping
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        checked(initiative, form, result);
        if (result.hasErrors()) {
            return form(model, initiative, null, form, pages.of(result, locale));
        }
        events.create(
                form.toEvent(null, initiative.id().value()),
                access.currentUser().username());
        redirect.addFlashAttribute(
                FLASH, pages.message("events.saved", locale, form.title().strip()));
        return "redirect:/initiatives/{slug}/events";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        Initiative initiative = facilitated(slug);
        Event event = event(initiative, id);
        model.addAttribute("version", events.version(initiative.id().value(), id));
        return form(model, initiative, event, EventForm.of(event), List.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        Event event = event(initiative, id);
        checked(initiative, form, result);
        model.addAttribute("version", version);
        if (result.hasErrors()) {
            return form(model, initiative, event, form, pages.of(result, locale));
        }
        String actor = access.currentUser().username();
        if (!events.update(form.toEvent(id, initiative.id().value()), version, actor)) {
            // Changed or deleted by someone else since the form was loaded: the form again, input kept.
            model.addAttribute("conflict", true);
            model.addAttribute("version", events.version(initiative.id().value(), id));
            return form(model, initiative, event, form, List.of());
        }
        redirect.addFlashAttribute(
                FLASH, pages.message("events.saved", locale, form.title().strip()));
        return "redirect:/initiatives/{slug}/events";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        Initiative initiative = facilitated(slug);
        model.addAttribute("initiative", initiative);
        model.addAttribute("event", event(initiative, id));
        model.addAttribute("version", events.version(initiative.id().value(), id));
        return "events/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        Event event = event(initiative, id);
        if (!events.delete(event, version, access.currentUser().username())) {
            // Changed by someone else since the confirmation was shown: asked again, as it is now.
            model.addAttribute("initiative", initiative);
            model.addAttribute("event", event(initiative, id));
            model.addAttribute("version", events.version(initiative.id().value(), id));
            model.addAttribute("conflict", true);
            return "events/delete";
        }
        redirect.addFlashAttribute(FLASH, pages.message("events.deleted", locale, event.title()));
        return "redirect:/initiatives/{slug}/events";
    }

    /**
     * Refuses a form naming a company that is not one of the initiative's (a forged post: the form
     * offers only those) with a 400, then makes the checks the annotations cannot.
     */
    private void checked(Initiative initiative, EventForm form, BindingResult result) {
        if (form == null || result.getTarget() == null || result.hasFieldErrors("attendees")) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "events.error.unreadable");
        }
        companies.firstOutside(initiative.id().value(), form.attendees()).ifPresent(company -> {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "events.error.foreignCompany", company);
        });
        form.check(result);
    }

    private String form(Model model, Initiative initiative, Event event, EventForm form, List<String> problems) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute(
                "companies", companies.listByInitiative(initiative.id().value()));
        model.addAttribute("problems", problems);
        return "events/form";
    }

    private Initiative facilitated(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireCompanies(initiative.id().value());
        return initiative;
    }

    private Event event(Initiative initiative, long id) {
        return events.find(initiative.id().value(), id).orElseThrow(() -> notFound(id));
    }

    private static RefusedRequestException notFound(long id) {
        return new RefusedRequestException(HttpStatus.NOT_FOUND, "events.error.notFound", id);
    }
}
