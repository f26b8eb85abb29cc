package org.symbiose.companies;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowDiagnostic;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** Reads companies with their flows, only for those allowed to see them. */
@Service
public class CompanyService {

    private final CompanyRepository companies;
    private final FlowRepository flows;
    private final AccessPolicy access;

    CompanyService(CompanyRepository companies, FlowRepository flows, AccessPolicy access) {
        this.companies = companies;
        this.flows = flows;
        this.access = access;
    }

    /** Every company of an initiative with its flows, archived ones too: the initiative's facilitators only. */
    public List<CompanyFile> listFiles(InitiativeId initiativeId) {
        return listFiles(initiativeId, true);
    }

    /** The companies of an initiative that are not archived, with their flows: what the matching reads. */
    public List<CompanyFile> listActiveFiles(InitiativeId initiativeId) {
        return listFiles(initiativeId, false);
    }

    /** The initiative's companies with their flows, archived ones only when asked for. */
    public List<CompanyFile> listFiles(InitiativeId initiativeId, boolean withArchived) {
        access.requireCompanies(initiativeId);
        // Three queries for the whole directory, not two per company.
        Map<CompanyId, List<Flow>> flowsByCompany =
                flows.listByInitiative(initiativeId).stream().collect(Collectors.groupingBy(Flow::companyId));
        Map<CompanyId, List<FlowDiagnostic>> diagnosticsByCompany =
                flows.listDiagnosticsByInitiative(initiativeId).stream()
                        .collect(Collectors.groupingBy(FlowDiagnostic::companyId));
        return companies.listByInitiative(initiativeId).stream()
                .filter(c -> withArchived || !c.archived())
                .map(c -> new CompanyFile(
                        c,
                        flowsByCompany.getOrDefault(c.id(), List.of()),
                        diagnosticsByCompany.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /**
     * One page of the directory: the initiative's companies (archived ones only when asked for) whose name
     * or activity holds the search, in French alphabetical order; flows and diagnostics are read for the
     * page's companies only.
     */
    public DirectoryPage directoryPage(InitiativeId initiativeId, boolean withArchived, String query, int page) {
        access.requireCompanies(initiativeId);
        String folded = DirectoryPage.fold(query);
        List<Company> matching = companies.listByInitiative(initiativeId).stream()
                .filter(c -> withArchived || !c.archived())
                .filter(c -> DirectoryPage.matches(c, folded))
                .toList();
        int shown = DirectoryPage.clamp(page, matching.size());
        List<Company> slice = matching.subList(
                (shown - 1) * DirectoryPage.SIZE, Math.min(matching.size(), shown * DirectoryPage.SIZE));
        List<CompanyId> ids = slice.stream().map(Company::id).toList();
        Map<CompanyId, List<Flow>> flowsByCompany =
                flows.listByCompanies(ids).stream().collect(Collectors.groupingBy(Flow::companyId));
        Map<CompanyId, List<FlowDiagnostic>> diagnosticsByCompany = flows.listDiagnosticsByCompanies(ids).stream()
                .collect(Collectors.groupingBy(FlowDiagnostic::companyId));
        List<CompanyFile> files = slice.stream()
                .map(c -> new CompanyFile(
                        c,
                        flowsByCompany.getOrDefault(c.id(), List.of()),
                        diagnosticsByCompany.getOrDefault(c.id(), List.of())))
                .toList();
        return new DirectoryPage(
                files,
                shown,
                DirectoryPage.pages(matching.size()),
                matching.size(),
                query == null ? "" : query.strip());
    }

    /** One company's file: the initiative's facilitators and the company's own members. */
    public CompanyFile getFile(CompanyId id) {
        Company company = companies.getById(id);
        if (!access.canSeeCompany(company.initiativeId(), id)) {
            throw new AccessDeniedException("company " + id + " is confidential");
        }
        return fileOf(company);
    }

    private CompanyFile fileOf(Company company) {
        CompanyId id = company.id();
        return new CompanyFile(company, flows.listByCompany(id), flows.listDiagnosticsByCompany(id));
    }
}
