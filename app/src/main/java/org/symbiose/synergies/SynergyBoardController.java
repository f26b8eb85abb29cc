package org.symbiose.synergies;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * The board of an initiative's synergies, one column per status, and the move of a card: the same
 * POST for a button (a plain form, keyboard or no script; htmx posts it when scripts run), a drop
 * (static/js/synergy-board.js posts it with htmx) and the synergy's page. A refused move leaves the card
 * where it was, with the life cycle's reason. For the initiative's facilitators only: cards name companies.
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
        model.addAttribute("initiative", initiative);
        model.addAttribute("columns", columns(initiative.id()));
        model.addAttribute("moved", moved != null && moved.matches("\\d{1,18}") ? "synergy-" + moved : null);
        return "synergies/board";
    }

    /**
     * A move: a plain form (POST, then the board again, the card focused), or htmx's post of the same
     * form ({@code HX-Request}), answered with the columns the card left and entered, swapped in place
     * ({@code synergies/moved.html}); a refusal then shows next to the card.
     */
    @PostMapping("/{id}/status")
    String move(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam String status,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            @RequestParam(required = false) String from,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        SynergyId id = SynergyId.fromPath(rawId);
        SynergyPlaces.Place initiative = facilitated(slug);
        Synergy synergy = synergies.get(initiative.id(), id);
        SynergyStatus target = SynergyForm.named(SynergyStatus.values(), status);
        if (target == null) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "synergies.error.status", status);
        }
        String done = null;
        String refusal = null;
        try {
            synergies.move(id, target, version, reason);
            done = pages.message(
                    "synergies.moved",
                    locale,
                    synergy.title(),
                    pages.message("synergies.status." + target.name(), locale));
        } catch (RefusedRequestException refused) {
            if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw refused;
            }
            refusal = pages.message(
                    "synergies.move.refused",
                    locale,
                    synergy.title(),
                    pages.message(refused.getDetailMessageCode(), locale, refused.getDetailMessageArguments()));
        }
        if ("true".equals(htmx) && back == null) {
            return inPlace(initiative, id, from, done == null ? null : target, refusal, model, response, locale);
        }
        redirect.addFlashAttribute(done != null ? FLASH : REFUSAL, done != null ? done : refusal);
        if ("page".equals(back)) {
            return "redirect:/initiatives/{slug}/synergies/" + id;
        }
        redirect.addAttribute("moved", id.value());
        return "redirect:/initiatives/{slug}/synergies#synergy-" + id;
    }

    /**
     * The answer to htmx: the column the card left (as the page named it, all four when it did not) and
     * the one it is in now, the refusal next to the card, the sentence of the live region, and the card
     * to focus once swapped (an event of the response, {@code HX-Trigger-After-Settle}).
     */
    private String inPlace(
            SynergyPlaces.Place initiative,
            SynergyId id,
            String from,
            SynergyStatus movedTo,
            String refusal,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        Synergy now = synergies.get(initiative.id(), id);
        SynergyStatus left = SynergyForm.named(SynergyStatus.values(), from);
        Map<SynergyStatus, List<BoardCard>> all = columns(initiative.id());
        var columns = new LinkedHashMap<SynergyStatus, List<BoardCard>>();
        all.forEach((status, cards) -> {
            if (left == null || status == left || status == now.status()) {
                columns.put(status, cards);
            }
        });
        model.addAttribute("initiative", initiative);
        model.addAttribute("columns", columns);
        model.addAttribute("refusedCard", refusal == null ? null : id);
        model.addAttribute("cardRefusal", refusal);
        model.addAttribute(
                "announce",
                movedTo == null ? "" : pages.message("synergies.announce." + movedTo.name(), locale, now.title()));
        response.setHeader("HX-Trigger-After-Settle", "{\"synergy-moved\": \"synergy-" + id + "\"}");
        return "synergies/moved";
    }

    /** The initiative's synergies as cards, one list per status in the board's order. */
    private Map<SynergyStatus, List<BoardCard>> columns(InitiativeId id) {
        Map<CompanyId, String> names = places.companyNames(id);
        Map<SynergyId, FollowUp> followUps = synergies.followUps(id);
        Map<SynergyId, List<SynergyParticipant>> participants = synergies.participants(id);
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
        return columns;
    }

    private SynergyPlaces.Place facilitated(String slug) {
        SynergyPlaces.Place initiative = places.bySlug(slug);
        access.requireManageSynergies(initiative.id());
        return initiative;
    }
}
