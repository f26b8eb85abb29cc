package org.symbiose.dashboards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.RefusedRequestException;

/**
 * The dashboards' series as JSON and each table as CSV: an initiative's for its facilitators and the
 * coordinator, the network's for all; narrowed by {@code from}, {@code to} (ISO dates) and {@code kind}.
 */
@RestController
@Tag(name = "Dashboards", description = "Synergies, tonnes, tCO2e, diagnostics and companies engaged over time")
class DashboardApiController {

    private final DashboardService dashboards;
    private final InitiativeRepository initiatives;
    private final AccessPolicy access;
    private final MessageSource messages;

    DashboardApiController(
            DashboardService dashboards,
            InitiativeRepository initiatives,
            AccessPolicy access,
            MessageSource messages) {
        this.dashboards = dashboards;
        this.initiatives = initiatives;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping(value = "/api/v1/initiatives/{id}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An initiative's series by quarter or year (its facilitators and the network coordinator)")
    DashboardJson initiative(
            @PathVariable long id,
            @Parameter(description = "first day, ISO date (2025-01-01)") @RequestParam(required = false) String from,
            @Parameter(description = "last day, ISO date") @RequestParam(required = false) String to,
            @Parameter(description = "SUBSTITUTION or MUTUALISATION") @RequestParam(required = false) String kind) {
        InitiativeId initiativeId = seen(id);
        DashboardFilter filter = dashboards.filter(from, to, kind);
        return DashboardJson.of(initiativeId, dashboards.initiative(initiativeId, filter), filter);
    }

    @GetMapping(value = "/api/v1/initiatives/{id}/dashboard/{table}.csv", produces = "text/csv")
    @Operation(summary = "One table of an initiative's dashboard as CSV (status, kind, tonnes, co2, engagement)")
    ResponseEntity<byte[]> initiativeCsv(
            @PathVariable long id,
            @PathVariable String table,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        InitiativeId initiativeId = seen(id);
        Dashboard dashboard = dashboards.initiative(initiativeId, dashboards.filter(from, to, kind));
        String slug = initiatives.getById(InitiativeId.fromPath(id)).slug();
        return DashboardDownload.csv(table(dashboard, table), slug, locale, messages);
    }

    @GetMapping(value = "/api/v1/network/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same series summed over the published initiatives (public)")
    DashboardJson network(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind) {
        DashboardFilter filter = dashboards.filter(from, to, kind);
        return DashboardJson.of(null, dashboards.network(filter), filter);
    }

    @GetMapping(value = "/api/v1/network/dashboard/{table}.csv", produces = "text/csv")
    @Operation(summary = "One table of the network's dashboard as CSV (public)")
    ResponseEntity<byte[]> networkCsv(
            @PathVariable String table,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Locale locale) {
        Dashboard dashboard = dashboards.network(dashboards.filter(from, to, kind));
        String scope = messages.getMessage("dashboard.csv.network", null, locale);
        return DashboardDownload.csv(table(dashboard, table), scope, locale, messages);
    }

    private InitiativeId seen(long id) {
        InitiativeId initiativeId =
                initiatives.getById(InitiativeId.fromPath(id)).id();
        if (!access.canSeeDashboard(initiativeId)) {
            throw new AccessDeniedException("not a facilitator of initiative " + initiativeId);
        }
        return initiativeId;
    }

    private static ChartTable table(Dashboard dashboard, String name) {
        return DashboardDownload.table(dashboard, name)
                .orElseThrow(() -> new RefusedRequestException(HttpStatus.NOT_FOUND, "dashboard.error.table", name));
    }
}
