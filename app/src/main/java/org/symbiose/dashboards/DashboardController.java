package org.symbiose.dashboards;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * The dashboard pages: each chart drawn in the browser by {@code static/js/dashboard.js} from the
 * table beside it (its cells carry their numbers in {@code data-value}), so chart and table agree.
 */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final InitiativeRepository initiatives;
    private final AccessPolicy access;

    DashboardController(DashboardService dashboards, InitiativeRepository initiatives, AccessPolicy access) {
        this.dashboards = dashboards;
        this.initiatives = initiatives;
        this.access = access;
    }

    @GetMapping("/initiatives/{slug}/dashboard")
    String initiative(@PathVariable String slug, Model model) {
        Initiative initiative = initiatives.getBySlug(slug);
        if (!access.canSeeDashboard(initiative.id().value())) {
            throw new AccessDeniedException("not a facilitator of initiative " + slug);
        }
        model.addAttribute("initiative", initiative);
        return page(model, dashboards.initiative(initiative.id().value()));
    }

    @GetMapping("/network/dashboard")
    String network(Model model) {
        return page(model, dashboards.network());
    }

    private static String page(Model model, Dashboard dashboard) {
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", ChartTable.of(dashboard));
        return "dashboards/dashboard";
    }
}
