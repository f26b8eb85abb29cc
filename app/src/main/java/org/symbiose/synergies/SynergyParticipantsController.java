package org.symbiose.synergies;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.SynergyId;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * The forms of a synergy's page that change its participants and linked flows (plain forms: keyboard,
 * no script). Each comes back to the page, saying what changed or, when refused, why, with nothing
 * changed. For the initiative's facilitators only.
 */
@Controller
@RequestMapping("/initiatives/{slug}/synergies/{id}")
class SynergyParticipantsController {

    private final SynergyPlaces places;
    private final SynergyService synergies;
    private final SynergyParticipation participation;
    private final AccessPolicy access;
    private final FormProblems pages;

    SynergyParticipantsController(
            SynergyPlaces places,
            SynergyService synergies,
            SynergyParticipation participation,
            AccessPolicy access,
            FormProblems pages) {
        this.places = places;
        this.synergies = synergies;
        this.participation = participation;
        this.access = access;
        this.pages = pages;
    }

    @PostMapping("/participants")
    String add(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) String role,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        Synergy synergy = facilitated(slug, id);
        return change(redirect, locale, synergy, "participants", "synergies.participants.added", () -> {
            CompanyId company = company(companyId);
            participation.add(id, company, role(role), version);
            return new Object[] {name(synergy, company), roleName(role, locale)};
        });
    }

    @PostMapping("/participants/{companyId}")
    String changeRole(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @PathVariable("companyId") long rawCompanyId,
            @RequestParam(required = false) String role,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        CompanyId companyId = CompanyId.fromPath(rawCompanyId);
        Synergy synergy = facilitated(slug, id);
        return change(redirect, locale, synergy, "participants", "synergies.participants.changed", () -> {
            participation.changeRole(id, companyId, role(role), version);
            return new Object[] {name(synergy, companyId), roleName(role, locale)};
        });
    }

    @PostMapping("/participants/{companyId}/remove")
    String remove(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @PathVariable("companyId") long rawCompanyId,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        CompanyId companyId = CompanyId.fromPath(rawCompanyId);
        Synergy synergy = facilitated(slug, id);
        return change(redirect, locale, synergy, "participants", "synergies.participants.removed", () -> {
            participation.remove(id, companyId, version);
            return new Object[] {name(synergy, companyId)};
        });
    }

    @PostMapping("/flows")
    String attach(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam(required = false) Long flowId,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        Synergy synergy = facilitated(slug, id);
        return change(redirect, locale, synergy, "flows", "synergies.flows.attached", () -> {
            if (flowId == null) {
                throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.flows.error.choose");
            }
            if (flowId <= 0) {
                throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.foreignFlow", flowId);
            }
            participation.attach(id, new FlowId(flowId), version);
            return new Object[0];
        });
    }

    @PostMapping("/flows/{flowId}/remove")
    String detach(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @PathVariable("flowId") long rawFlowId,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        FlowId flowId = FlowId.fromPath(rawFlowId);
        Synergy synergy = facilitated(slug, id);
        return change(redirect, locale, synergy, "flows", "synergies.flows.detached", () -> {
            participation.detach(id, flowId, version);
            return new Object[0];
        });
    }

    /** A change made, or refused with its reason (a 404 of the synergy itself stays a 404). */
    interface Change {
        Object[] make();
    }

    private String change(
            RedirectAttributes redirect, Locale locale, Synergy synergy, String section, String done, Change change) {
        try {
            Object[] arguments = change.make();
            redirect.addFlashAttribute(SynergyBoardController.FLASH, pages.message(done, locale, arguments));
        } catch (RefusedRequestException refused) {
            redirect.addFlashAttribute(
                    SynergyBoardController.REFUSAL,
                    pages.message(
                            "synergies.participants.refused",
                            locale,
                            pages.message(
                                    refused.getDetailMessageCode(), locale, refused.getDetailMessageArguments())));
        }
        return "redirect:/initiatives/{slug}/synergies/" + synergy.id() + "#" + section;
    }

    /** The company a form names: a choice to make when none, a foreign company when no company can have it. */
    private static CompanyId company(Long companyId) {
        if (companyId == null) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.participants.error.choose");
        }
        if (companyId <= 0) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.foreignCompany", companyId);
        }
        return new CompanyId(companyId);
    }

    /** The role named in a form; a refusal saying which roles there are otherwise. */
    static ParticipantRole role(String role) {
        ParticipantRole named = SynergyForm.named(ParticipantRole.values(), role);
        if (named == null) {
            throw new RefusedRequestException(
                    HttpStatus.BAD_REQUEST, "synergies.participants.error.role", String.valueOf(role));
        }
        return named;
    }

    private String roleName(String role, Locale locale) {
        return pages.message("synergies.role." + role(role).name(), locale);
    }

    private String name(Synergy synergy, CompanyId companyId) {
        return places.companyNames(synergy.initiativeId()).getOrDefault(companyId, "#" + companyId);
    }

    private Synergy facilitated(String slug, SynergyId id) {
        SynergyPlaces.Place initiative = places.bySlug(slug);
        access.requireManageSynergies(initiative.id());
        return synergies.get(initiative.id(), id);
    }
}
