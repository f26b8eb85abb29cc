package org.symbiose.companies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.flows.DiagnosticJson;
import org.symbiose.flows.FlowJson;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/** Confidential company data through the API, for the initiative's facilitators. */
@RestController
@Tag(name = "Companies", description = "Companies, sites and flows of an initiative (facilitators only)")
class CompanyApiController {

    private final InitiativeRepository initiatives;
    private final CompanyService companies;
    private final CompanyRepository repository;

    CompanyApiController(InitiativeRepository initiatives, CompanyService companies, CompanyRepository repository) {
        this.initiatives = initiatives;
        this.companies = companies;
        this.repository = repository;
    }

    /**
     * A company with its sites, flows and diagnostics, as the API publishes it; its flows and diagnostics
     * in the shape the flows API gives them.
     */
    record CompanyView(
            CompanyId id,
            String externalId,
            String name,
            String siret,
            String naf,
            String activity,
            Integer employees,
            String zone,
            boolean member,
            List<Site> sites,
            List<FlowJson> flows,
            List<DiagnosticJson> diagnostics,
            LocalDate archivedOn,
            int version) {

        /** @param version the company's version, to send back with an edit (optimistic check) */
        static CompanyView of(CompanyFile file, int version) {
            Company c = file.company();
            return new CompanyView(
                    c.id(),
                    c.externalId(),
                    c.name(),
                    c.siret() == null ? null : c.siret().value(),
                    c.naf(),
                    c.activity(),
                    c.employees(),
                    c.zone(),
                    c.member(),
                    c.sites(),
                    file.flows().stream().map(FlowJson::of).toList(),
                    file.diagnostics().stream().map(DiagnosticJson::of).toList(),
                    c.archivedOn(),
                    version);
        }
    }

    @GetMapping("/api/v1/initiatives/{id}/companies")
    @Operation(
            summary = "Companies of an initiative with their sites, flows and diagnostics;"
                    + " archived ones with archived=true")
    List<CompanyView> list(@PathVariable long id, @RequestParam(defaultValue = "false") boolean archived) {
        InitiativeId initiativeId =
                initiatives.getById(InitiativeId.fromPath(id)).id();
        List<CompanyFile> files = companies.listFiles(initiativeId, archived);
        Map<CompanyId, Integer> versions = repository.versions(initiativeId);
        return files.stream()
                .map(f -> CompanyView.of(f, versions.getOrDefault(f.company().id(), 0)))
                .toList();
    }
}
