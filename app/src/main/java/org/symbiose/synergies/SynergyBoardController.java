package org.symbiose.synergies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * The board of an initiative's synergies, one column per status, and the move of a card: the same
 * POST for a button (a plain form, keyboard or no script), a drop (static/js/synergy-board.js submits
 * it) and the synergy's page. A refused move comes back to the board with the life cycle's reason and
 * the card unmoved. For the initiative's facilitators only: cards name companies.
 */
@Controller
@RequestMapping("/initiatives/{slug}/synergies")
class SynergyBoardController {

    static final String FLASH = "flash";
    static final String REFUSAL = "refusal";

    private final SynergyPlaces places;
    private final SynergyService synergies;
    private final AccessPolicy access;
    private final FormProblems pages;

    SynergyBoardController(SynergyPlaces places, SynergyService synergies, AccessPolicy access, FormProblems pages) {
        this.places = places;
        this.synergies = synergies;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping
    String board(@PathVariable String slug, @RequestParam(required = false) String moved, Model model) {
        SynergyPlaces.Place initiative = facilitated(slug);
        long id = initiative.id();
        Map<Long, String> names = places.companyNames(id);
        Map<Long, FollowUp> followUps = synergies.followUps(id);
        Map<Long, List<SynergyParticipant>> participants = synergies.participants(id);
        var columns = new LinkedHashMap<SynergyStatus, List<BoardCard>>();
        for (SynergyStatus status : SynergyStatus.values()) {
            columns.put(status, new ArrayList<>());
        }
        for (Synergy s : synergies.list(id)) {
            List<String> named = participants.getOrDefault(s.id(), List.of()).stream()
                    .map(p -> names.getOrDefault(p.companyId(), "?"))
                    .toList();
            columns.get(s.status()).add(new BoardCard(s, followUps.get(s.id()), named, synergies.legalMoves(s)));
        }
        model.addAttribute("initiative", initiative);
        model.addAttribute("columns", columns);
        model.addAttribute("moved", moved != null && moved.matches("\\d{1,18}") ? "synergy-" + moved : null);
        return "synergies/board";
    }

    @PostMapping("/{id}/status")
    String move(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect,
            Locale locale) {
        SynergyPlaces.Place initiative = facilitated(slug);
        Synergy synergy = synergies.get(initiative.id(), id);
        SynergyStatus target = SynergyForm.named(SynergyStatus.values(), status);
        if (target == null) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.status", status);
        }
        try {
            synergies.move(id, target, version, reason);
            redirect.addFlashAttribute(
                    FLASH,
                    pages.message(
                            "synergies.moved",
                            locale,
                            synergy.title(),
                            pages.message("synergies.status." + target.name(), locale)));
        } catch (RefusedRequestException refused) {
            if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw refused;
            }
            redirect.addFlashAttribute(
                    REFUSAL,
                    pages.message(
                            "synergies.move.refused",
                            locale,
                            synergy.title(),
                            pages.message(
                                    refused.getDetailMessageCode(), locale, refused.getDetailMessageArguments())));
        }
        if ("page".equals(back)) {
            return "redirect:/initiatives/{slug}/synergies/" + id;
        }
        redirect.addAttribute("moved", id);
        return "redirect:/initiatives/{slug}/synergies#synergy-" + id;
    }

    private SynergyPlaces.Place facilitated(String slug) {
        SynergyPlaces.Place initiative = places.bySlug(slug);
        access.requireManageSynergies(initiative.id());
        return initiative;
    }
}
