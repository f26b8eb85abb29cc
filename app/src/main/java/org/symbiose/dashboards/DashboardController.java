package org.symbiose.dashboards;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
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

    /** The page, or with {@code download} one of its tables as CSV (one mapping: the probe asks each once). */
    @GetMapping("/initiatives/{slug}/dashboard")
    ModelAndView initiative(
            @PathVariable String slug,
            @RequestParam(required = false) String download,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Initiative initiative = seen(slug);
        DashboardFilter filter = dashboards.filter(from, to, kind);
        Dashboard dashboard = dashboards.initiative(initiative.id(), filter);
        if (download != null) {
            DashboardDownload.write(table(dashboard, download), initiative.slug(), locale, messages, response);
            return null;
        }
        ModelAndView page = page(dashboard, filter, "/initiatives/" + initiative.slug() + "/dashboard");
        page.addObject("initiative", initiative);
        return page;
    }

    /** The network's page, or with {@code download} one of its tables as CSV. */
    @GetMapping("/network/dashboard")
    ModelAndView network(
            @RequestParam(required = false) String download,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        DashboardFilter filter = dashboards.filter(from, to, kind);
        Dashboard dashboard = dashboards.network(filter);
        if (download != null) {
            String scope = messages.getMessage("dashboard.csv.network", null, locale);
            DashboardDownload.write(table(dashboard, download), scope, locale, messages, response);
            return null;
        }
        return page(dashboard, filter, "/network/dashboard");
    }

    private Initiative seen(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        if (!access.canSeeDashboard(initiative.id())) {
            throw new AccessDeniedException("not a facilitator of initiative " + slug);
        }
        return initiative;
    }

    private static ChartTable table(Dashboard dashboard, String name) {
        return DashboardDownload.table(dashboard, name)
                .orElseThrow(() -> new InvalidParameterException(
                        "download", "dashboard.filter.table", name, String.join(", ", ChartTable.NAMES)));
    }

    private static ModelAndView page(Dashboard dashboard, DashboardFilter filter, String path) {
        ModelAndView model = new ModelAndView("dashboards/dashboard");
        model.addObject("dashboard", dashboard);
        List<ChartTable> charts = ChartTable.of(dashboard);
        model.addObject("charts", charts);
        Map<String, String> downloads = new LinkedHashMap<>();
        for (ChartTable chart : charts) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParam("download", chart.name());
            filter.parameters().forEach(link::queryParam);
            downloads.put(chart.name(), link.encode().build().toUriString());
        }
        model.addObject("downloads", downloads);
        model.addObject("filter", filter);
        model.addObject("kinds", Arrays.asList(SynergyKind.values()));
        return model;
    }
}
