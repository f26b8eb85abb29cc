package org.symbiose.companies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.initiatives.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/** Confidential company data through the API, for the initiative's facilitators. */
@RestController
@Tag(name = "Companies", description = "Companies, sites and flows of an initiative (facilitators only)")
class CompanyApiController {

    private final InitiativeRepository initiatives;
    private final CompanyService companies;

    CompanyApiController(InitiativeRepository initiatives, CompanyService companies) {
        this.initiatives = initiatives;
        this.companies = companies;
    }

    @GetMapping("/api/v1/initiatives/{id}/companies")
    @Operation(summary = "Companies of an initiative with their sites, flows and diagnostics")
    List<CompanyFile> list(@PathVariable long id) {
        initiatives.getById(new InitiativeId(id));
        return companies.listFiles(id);
    }
}
