package org.symbiose.synergies;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * A synergy's page (participants and roles, flows, quantities, dates, next step, notes, status and its
 * moves, history), the form to edit its follow-up, and the form to create one by hand. For the
 * initiative's facilitators only.
 */
@Controller
@RequestMapping("/initiatives/{slug}/synergies")
class SynergyPageController {

    private final SynergyPlaces places;
    private final FlowRepository flows;
    private final SynergyService synergies;
    private final SynergyTexts texts;
    private final AccessPolicy access;
    private final FormProblems pages;
    private final Clock clock;

    SynergyPageController(
            SynergyPlaces places,
            FlowRepository flows,
            SynergyService synergies,
            SynergyTexts texts,
            AccessPolicy access,
            FormProblems pages,
            Clock clock) {
        this.places = places;
        this.flows = flows;
        this.synergies = synergies;
        this.texts = texts;
        this.access = access;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    String page(@PathVariable String slug, @PathVariable("id") long rawId, Model model) {
        SynergyId id = SynergyId.fromPath(rawId);
        SynergyPlaces.Place initiative = facilitated(slug);
        Synergy synergy = synergies.get(initiative.id(), id);
        Map<CompanyId, String> names = places.companyNames(initiative.id());
        model.addAttribute("initiative", initiative);
        model.addAttribute("synergy", synergy);
        model.addAttribute("followUp", synergies.followUp(synergy));
        model.addAttribute("measured", SynergyEdit.measured(synergy));
        model.addAttribute("participants", synergies.participantsOf(synergy));
        model.addAttribute("names", names);
        model.addAttribute("roles", ParticipantRole.values());
        // What the page's forms may add: the initiative's other active companies, the participants' other flows.
        Map<CompanyId, String> addable = new LinkedHashMap<>(places.activeCompanies(initiative.id()));
        synergy.participantIds().forEach(addable::remove);
        model.addAttribute("addable", addable);
        model.addAttribute(
                "flows",
                synergy.flowIds().stream()
                        .map(flows::findById)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute(
                "attachable",
                flows.listByCompanies(synergy.participantIds()).stream()
                        .filter(f -> !synergy.flowIds().contains(f.id()))
                        .toList());
        model.addAttribute("moves", synergies.legalMoves(synergy));
        model.addAttribute("history", texts.history(synergies.history(synergy), names));
        return "synergies/synergy";
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, Model model) {
        return form(model, facilitated(slug), null, SynergyForm.blank(), List.of());
    }

    @PostMapping
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") SynergyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyPlaces.Place initiative = facilitated(slug);
        InitiativeId initiativeId = initiative.id();
        readable(form, result);
        places.firstOutside(initiativeId, form.companyIds()).ifPresent(company -> {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.foreignCompany", company);
        });
        firstForeignFlow(initiativeId, form.companyIds(), form.flows()).ifPresent(flow -> {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.foreignFlow", flow);
        });
        form.check(result, true);
        if (result.hasErrors()) {
            return form(model, initiative, null, form, pages.of(result, locale));
        }
        Synergy draft = form.toDraft(initiativeId, LocalDate.now(clock));
        SynergyId id = synergies.create(draft, form.roles(), form.toEdit());
        redirect.addFlashAttribute(
                SynergyBoardController.FLASH, pages.message("synergies.created", locale, draft.title()));
        return "redirect:/initiatives/{slug}/synergies/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable("id") long rawId, Model model) {
        SynergyId id = SynergyId.fromPath(rawId);
        SynergyPlaces.Place initiative = facilitated(slug);
        Synergy synergy = synergies.get(initiative.id(), id);
        FollowUp followUp = synergies.followUp(synergy);
        model.addAttribute("version", followUp.version());
        return form(model, initiative, synergy, SynergyForm.of(synergy, followUp), List.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam int version,
            @Valid @ModelAttribute("form") SynergyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        SynergyPlaces.Place initiative = facilitated(slug);
        Synergy synergy = synergies.get(initiative.id(), id);
        readable(form, result);
        form.check(result, false);
        model.addAttribute("version", version);
        if (result.hasErrors()) {
            return form(model, initiative, synergy, form, pages.of(result, locale));
        }
        try {
            synergies.edit(id, form.toEdit(), version);
        } catch (RefusedRequestException refused) {
            if (refused.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw refused;
            }
            // Written by someone else since the form was loaded: the form again, input kept.
            model.addAttribute("conflict", true);
            model.addAttribute("version", synergies.followUp(synergy).version());
            return form(model, initiative, synergy, form, List.of());
        }
        redirect.addFlashAttribute(
                SynergyBoardController.FLASH,
                pages.message("synergies.saved", locale, form.title().strip()));
        return "redirect:/initiatives/{slug}/synergies/" + id;
    }

    /** A form whose participants or flows cannot be read was forged: refused with a 400. */
    private static void readable(SynergyForm form, BindingResult result) {
        if (form == null
                || result.getTarget() == null
                || result.hasFieldErrors("participants")
                || result.hasFieldErrors("flows")
                || !form.readable()) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.unreadable");
        }
    }

    /** The first flow that is not one of the participating companies' (a forged post), if any. */
    private java.util.Optional<Long> firstForeignFlow(
            InitiativeId initiativeId, List<CompanyId> companyIds, List<Long> flowIds) {
        if (flowIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Long> own = flows.listByInitiative(initiativeId).stream()
                .filter(f -> companyIds.contains(f.companyId()))
                .map(f -> f.id().value())
                .toList();
        return flowIds.stream().filter(f -> !own.contains(f)).findFirst();
    }

    private String form(
            Model model, SynergyPlaces.Place initiative, Synergy synergy, SynergyForm form, List<String> problems) {
        InitiativeId id = initiative.id();
        model.addAttribute("initiative", initiative);
        model.addAttribute("synergy", synergy);
        model.addAttribute("form", form);
        model.addAttribute("kinds", SynergyKind.values());
        model.addAttribute("subTypes", SynergySubType.values());
        model.addAttribute("roles", ParticipantRole.values());
        model.addAttribute("units", org.symbiose.engine.quantity.Unit.values());
        model.addAttribute("periods", org.symbiose.engine.quantity.Period.values());
        if (synergy == null) {
            model.addAttribute("companies", places.activeCompanies(id));
            model.addAttribute("names", places.companyNames(id));
            model.addAttribute("flows", flows.listByInitiative(id));
        }
        model.addAttribute("problems", Objects.requireNonNull(problems));
        return "synergies/form";
    }

    private SynergyPlaces.Place facilitated(String slug) {
        SynergyPlaces.Place initiative = places.bySlug(slug);
        access.requireManageSynergies(initiative.id());
        return initiative;
    }
}
