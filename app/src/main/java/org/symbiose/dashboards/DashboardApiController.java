package org.symbiose.dashboards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.initiatives.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/** The dashboards' series as JSON: an initiative's for its facilitators and the coordinator, the network's for all. */
@RestController
@Tag(name = "Dashboards", description = "Synergies, tonnes, tCO2e, diagnostics and companies engaged over time")
class DashboardApiController {

    private final DashboardService dashboards;
    private final InitiativeRepository initiatives;
    private final AccessPolicy access;

    DashboardApiController(DashboardService dashboards, InitiativeRepository initiatives, AccessPolicy access) {
        this.dashboards = dashboards;
        this.initiatives = initiatives;
        this.access = access;
    }

    @GetMapping(value = "/api/v1/initiatives/{id}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An initiative's series by quarter or year (its facilitators and the network coordinator)")
    DashboardJson initiative(@PathVariable long id) {
        long initiativeId = initiatives.getById(InitiativeId.fromPath(id)).id().value();
        if (!access.canSeeDashboard(initiativeId)) {
            throw new AccessDeniedException("not a facilitator of initiative " + initiativeId);
        }
        return DashboardJson.of(initiativeId, dashboards.initiative(initiativeId));
    }

    @GetMapping(value = "/api/v1/network/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same series summed over the published initiatives (public)")
    DashboardJson network() {
        return DashboardJson.of(null, dashboards.network());
    }
}
