package org.symbiose.dashboards;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.web.InvalidParameterException;

/**
 * The dashboard pages: each chart drawn in the browser by {@code static/js/dashboard.js} from the
 * table beside it (its cells carry their numbers in {@code data-value}), so chart and table agree. GET
 * filters ({@code from}, {@code to}, {@code kind}: {@link DashboardFilter}) narrow charts and tables;
 * {@code ?download=<table>} answers that table as CSV with the same filter.
 */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final InitiativeRepository initiatives;
    private final AccessPolicy access;
    private final MessageSource messages;

    DashboardController(
            DashboardService dashboards,
            InitiativeRepository initiatives,
            AccessPolicy access,
            MessageSource messages) {
        this.dashboards = dashboards;
        this.initiatives = initiatives;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/initiatives/{slug}/dashboard")
    String initiative(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Model model) {
        Initiative initiative = seen(slug);
        DashboardFilter filter = dashboards.filter(from, to, kind);
        model.addAttribute("initiative", initiative);
        String path = "/initiatives/" + initiative.slug() + "/dashboard";
        return page(model, dashboards.initiative(initiative.id().value(), filter), filter, path);
    }

    @GetMapping(value = "/initiatives/{slug}/dashboard", params = "download")
    ResponseEntity<byte[]> initiativeCsv(
            @PathVariable String slug,
            @RequestParam String download,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        Initiative initiative = seen(slug);
        DashboardFilter filter = dashboards.filter(from, to, kind);
        Dashboard dashboard = dashboards.initiative(initiative.id().value(), filter);
        return DashboardDownload.csv(table(dashboard, download), initiative.slug(), locale, messages);
    }

    @GetMapping("/network/dashboard")
    String network(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Model model) {
        DashboardFilter filter = dashboards.filter(from, to, kind);
        return page(model, dashboards.network(filter), filter, "/network/dashboard");
    }

    @GetMapping(value = "/network/dashboard", params = "download")
    ResponseEntity<byte[]> networkCsv(
            @RequestParam String download,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        Dashboard dashboard = dashboards.network(dashboards.filter(from, to, kind));
        String scope = messages.getMessage("dashboard.csv.network", null, locale);
        return DashboardDownload.csv(table(dashboard, download), scope, locale, messages);
    }

    private Initiative seen(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        if (!access.canSeeDashboard(initiative.id().value())) {
            throw new AccessDeniedException("not a facilitator of initiative " + slug);
        }
        return initiative;
    }

    private static ChartTable table(Dashboard dashboard, String name) {
        return DashboardDownload.table(dashboard, name)
                .orElseThrow(() -> new InvalidParameterException(
                        "download", "dashboard.filter.table", name, String.join(", ", ChartTable.NAMES)));
    }

    private static String page(Model model, Dashboard dashboard, DashboardFilter filter, String path) {
        model.addAttribute("dashboard", dashboard);
        List<ChartTable> charts = ChartTable.of(dashboard);
        model.addAttribute("charts", charts);
        Map<String, String> downloads = new LinkedHashMap<>();
        for (ChartTable chart : charts) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParam("download", chart.name());
            filter.parameters().forEach(link::queryParam);
            downloads.put(chart.name(), link.encode().build().toUriString());
        }
        model.addAttribute("downloads", downloads);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", Arrays.asList(SynergyKind.values()));
        return "dashboards/dashboard";
    }
}
