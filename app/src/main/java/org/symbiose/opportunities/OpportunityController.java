package org.symbiose.opportunities;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.InvalidParameterException;
import org.symbiose.web.RefusedRequestException;

/**
 * The facilitator's page of proposed synergies: the kept result of the initiative's last run, one kind at
 * a time, filtered and paged by GET parameters (bookmarkable), with the run's progress while it works and
 * a notice when the data changed since; each proposal can be retained or dismissed.
 */
@Controller
class OpportunityController {

    private final InitiativeRepository initiatives;
    private final OpportunityService opportunities;
    private final OpportunityWorkflow workflow;
    private final MatchRuns runs;
    private final AccessPolicy access;

    OpportunityController(
            InitiativeRepository initiatives,
            OpportunityService opportunities,
            OpportunityWorkflow workflow,
            MatchRuns runs,
            AccessPolicy access) {
        this.initiatives = initiatives;
        this.opportunities = opportunities;
        this.workflow = workflow;
        this.runs = runs;
        this.access = access;
    }

    @GetMapping("/initiatives/{slug}/opportunities")
    String page(
            @PathVariable String slug,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String family,
            @RequestParam(required = false) Long company,
            @RequestParam(name = "max-km", required = false) Double maxKm,
            @RequestParam(name = "min-score", required = false) Double minScore,
            @RequestParam(required = false) String pathway,
            @RequestParam(required = false) String found,
            @RequestParam(required = false) Integer page,
            Locale locale,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        Initiative initiative = initiatives.getBySlug(slug);
        InitiativeId id = initiative.id();
        access.requireCompanies(id);
        OpportunityFilter filter =
                OpportunityFilter.parse(kind, family, company, maxKm, minScore, pathway, found, page);
        Optional<KeptResult> kept = runs.kept(id);
        Optional<MatchRun> run = runs.latest(id);
        if (kept.isEmpty() && run.isEmpty()) {
            // Nothing computed yet: the first visit starts the run, whose progress the page shows.
            run = Optional.of(opportunities.start(id));
        }
        model.addAttribute("initiative", initiative);
        model.addAttribute("filter", filter);
        model.addAttribute("query", request.getQueryString());
        model.addAttribute("kinds", OpportunityFilter.KINDS);
        model.addAttribute("reasons", DismissalReason.values());
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("working", run.map(r -> r.state().working()).orElse(false));
        model.addAttribute(
                "failed",
                kept.isEmpty()
                        && run.map(r -> r.state() == MatchRun.State.FAILED).orElse(false));
        model.addAttribute("kept", kept.orElse(null));
        model.addAttribute("canManage", access.canManageCompanies(id));
        if (kept.isPresent()) {
            model.addAttribute("stale", kept.get().fingerprint() != opportunities.currentFingerprint(id));
            model.addAttribute("names", kept.get().directory());
            if (filter.kind().equals("dismissed")) {
                model.addAttribute("dismissals", workflow.dismissed(id));
            } else {
                model.addAttribute("listing", Listing.of(kept.get(), workflow.excluded(id), filter, locale));
            }
        }
        return "opportunities/opportunities";
    }

    /** The progress of the initiative's latest run, polled by the page (static/js/opportunities.js). */
    @GetMapping(value = "/initiatives/{slug}/opportunities/run", produces = "application/json")
    @ResponseBody
    Map<String, Object> progress(@PathVariable String slug) {
        InitiativeId id = initiatives.getBySlug(slug).id();
        access.requireCompanies(id);
        MatchRun run = runs.latest(id)
                .orElseThrow(() -> new RefusedRequestException(HttpStatus.NOT_FOUND, "opportunities.unknownRun"));
        return status(run);
    }

    static Map<String, Object> status(MatchRun run) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", run.id());
        status.put("state", run.state().name());
        status.put("stage", run.stage());
        status.put("done", run.done());
        status.put("total", run.total());
        return status;
    }

    @PostMapping("/initiatives/{slug}/opportunities/run")
    String rerun(@PathVariable String slug) {
        opportunities.start(facilitated(slug));
        return "redirect:/initiatives/" + slug + "/opportunities";
    }

    @PostMapping("/initiatives/{slug}/opportunities/retain")
    String retain(
            @PathVariable String slug,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        SynergyId synergyId = workflow.retain(facilitated(slug), key);
        redirect.addFlashAttribute("retainedId", synergyId.value());
        return back(slug, back);
    }

    @PostMapping("/initiatives/{slug}/opportunities/dismiss")
    String dismiss(
            @PathVariable String slug,
            @RequestParam(required = false) String key,
            @RequestParam(name = "reason-choice", required = false) String choice,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        InitiativeId id = facilitated(slug);
        try {
            workflow.dismiss(id, key, DismissalReason.parse(choice, "reason-choice"), reason);
            redirect.addFlashAttribute("dismissed", true);
        } catch (InvalidParameterException e) {
            // The list again, with the reason's error above it; nothing was recorded.
            redirect.addFlashAttribute("dismissError", true);
        }
        return back(slug, back);
    }

    @PostMapping("/initiatives/{slug}/opportunities/restore")
    String restore(@PathVariable String slug, @RequestParam(required = false) String key, RedirectAttributes redirect) {
        workflow.restore(facilitated(slug), key);
        redirect.addFlashAttribute("restored", true);
        return "redirect:/initiatives/" + slug + "/opportunities?kind=dismissed";
    }

    private InitiativeId facilitated(String slug) {
        InitiativeId id = initiatives.getBySlug(slug).id();
        access.requireManageCompanies(id);
        return id;
    }

    /** Back to the list as it was filtered: only a query string of plain characters is taken. */
    private static String back(String slug, String query) {
        String list = "redirect:/initiatives/" + slug + "/opportunities";
        return query != null && query.matches("[A-Za-z0-9=&_.%+\\-]{1,500}") ? list + "?" + query : list;
    }
}
