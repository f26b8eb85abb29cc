package org.symbiose.opportunities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.CompanyFile;
import org.symbiose.companies.CompanyService;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/** The facilitator's page of proposed synergies, with their reasons, in the user's language. */
@Controller
class OpportunityController {

    /** What the page shows of a company or a flow, found by the ids the engine answers with. */
    record Names(Map<String, String> companies, Map<String, String> companyIds, Map<String, String> flows) {

        public String company(String actorId) {
            return companies.getOrDefault(actorId, actorId);
        }

        public String companyId(String actorId) {
            return companyIds.get(actorId);
        }

        public String flow(String flowId) {
            return flowId == null ? null : flows.getOrDefault(flowId, flowId);
        }
    }

    private final InitiativeRepository initiatives;
    private final CompanyService companies;
    private final OpportunityService opportunities;
    private final AccessPolicy access;

    OpportunityController(
            InitiativeRepository initiatives,
            CompanyService companies,
            OpportunityService opportunities,
            AccessPolicy access) {
        this.initiatives = initiatives;
        this.companies = companies;
        this.opportunities = opportunities;
        this.access = access;
    }

    @GetMapping("/initiatives/{slug}/opportunities")
    String page(@PathVariable String slug, @RequestParam(defaultValue = "3") int top, Model model) {
        Initiative initiative = initiatives.getBySlug(slug);
        long id = initiative.id().value();
        access.requireCompanies(id);
        MatchResult result =
                opportunities.opportunities(id, MatchOptions.defaults().withTopK(Math.max(1, Math.min(top, 10))));
        model.addAttribute("initiative", initiative);
        model.addAttribute("result", result);
        model.addAttribute("names", names(companies.listFiles(id)));
        model.addAttribute("top", top);
        return "opportunities/opportunities";
    }

    private static Names names(List<CompanyFile> files) {
        Map<String, String> companyNames = new HashMap<>();
        Map<String, String> companyIds = new HashMap<>();
        Map<String, String> flowLabels = new HashMap<>();
        for (CompanyFile file : files) {
            var company = file.company();
            String actorId = OpportunityService.actorId(company);
            companyNames.put(actorId, company.name());
            companyIds.put(actorId, String.valueOf(company.id().value()));
            file.flows().forEach(flow -> flowLabels.put(OpportunityService.flowId(flow), flow.label()));
        }
        return new Names(companyNames, companyIds, flowLabels);
    }
}
