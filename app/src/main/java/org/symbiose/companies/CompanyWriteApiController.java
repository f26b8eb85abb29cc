package org.symbiose.companies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.CompanyApiController.CompanyView;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.InvalidParameterException;

/**
 * Creating, editing, archiving and restoring companies through the API, for the initiative's
 * facilitators. The same checks as the form ({@link CompanyChecks}); a wrong field is a 400 problem
 * naming it ({@code siret}, {@code sites[0].commune}); a likely duplicate (same name, same commune) is
 * a 400 on {@code confirmDuplicate} until the request says {@code "confirmDuplicate": true}. A
 * {@code version} parameter (as the company's JSON gives it) makes an edit, archive or restore
 * conditional: 409 when the company was saved since.
 */
@RestController
@Tag(name = "Companies")
class CompanyWriteApiController {

    /**
     * A company as a client sends it. PUT replaces every field: one left out is emptied.
     *
     * @param zone the business park (one of the initiative's by its name) or a free zone
     */
    record CompanyRequest(
            String name,
            String siret,
            String naf,
            String activity,
            Integer employees,
            Boolean member,
            String zone,
            List<SiteRequest> sites,
            Boolean confirmDuplicate) {

        CompanyInput input() {
            return new CompanyInput(
                    name,
                    siret,
                    naf,
                    activity,
                    employees == null ? null : employees.toString(),
                    member,
                    null,
                    zone,
                    sites == null ? null : sites.stream().map(SiteRequest::row).toList(),
                    confirmDuplicate);
        }
    }

    /**
     * A site: a commune (INSEE code or name), coordinates (WGS84 degrees), or both.
     */
    record SiteRequest(String name, String commune, Double latitude, Double longitude) {

        CompanyInput.SiteRow row() {
            return new CompanyInput.SiteRow(name, commune, degrees(latitude), degrees(longitude));
        }

        private static String degrees(Double value) {
            return value == null ? null : BigDecimal.valueOf(value).toPlainString();
        }
    }

    private final InitiativeRepository initiatives;
    private final CompanyRepository companies;
    private final CompanyService files;
    private final CompanyEditing editing;
    private final AccessPolicy access;

    CompanyWriteApiController(
            InitiativeRepository initiatives,
            CompanyRepository companies,
            CompanyService files,
            CompanyEditing editing,
            AccessPolicy access) {
        this.initiatives = initiatives;
        this.companies = companies;
        this.files = files;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping("/api/v1/companies/{id}")
    @Operation(summary = "One company with its sites, flows and diagnostics")
    CompanyView get(@PathVariable long id) {
        return view(managed(id).id());
    }

    @PostMapping("/api/v1/initiatives/{id}/companies")
    @Operation(summary = "Create a company: 201 with its Location")
    ResponseEntity<CompanyView> create(@PathVariable long id, @RequestBody CompanyRequest request)
            throws BindException {
        Initiative initiative = initiatives.getById(InitiativeId.fromPath(id));
        access.requireManageCompanies(initiative.id());
        CompanyInput input = input(request);
        var errors = new BeanPropertyBindingResult(input, "company");
        CompanyEditing.Checked checked = editing.check(initiative, input, null, errors);
        List<Company> similar = checked.duplicates().sameNameAndCommune();
        if (!errors.hasErrors() && !similar.isEmpty() && !input.confirmed()) {
            errors.rejectValue(
                    "confirmDuplicate",
                    "company.error.duplicate",
                    new Object[] {
                        similar.get(0).name(),
                        String.valueOf(similar.get(0).id().value())
                    },
                    null);
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        Company saved;
        try {
            saved = editing.create(checked.company());
        } catch (SiretTakenException e) {
            editing.rejectTaken(initiative, input, null, errors);
            throw new BindException(errors);
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/companies/" + saved.id().value()))
                .body(view(saved.id()));
    }

    @PutMapping("/api/v1/companies/{id}")
    @Operation(summary = "Replace a company's fields and sites; with version, only if it is still at that version")
    CompanyView update(
            @PathVariable long id, @RequestParam(required = false) String version, @RequestBody CompanyRequest request)
            throws BindException {
        Company current = managed(id);
        Integer seen = version(version);
        CompanyInput input = input(request);
        var errors = new BeanPropertyBindingResult(input, "company");
        Initiative initiative = initiatives.getById(current.initiativeId());
        CompanyEditing.Checked checked = editing.check(initiative, input, current, errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        try {
            editing.update(current, checked.company(), seen != null ? seen : companies.version(current.id()));
        } catch (SiretTakenException e) {
            editing.rejectTaken(initiative, input, current, errors);
            throw new BindException(errors);
        }
        return view(current.id());
    }

    @PostMapping("/api/v1/companies/{id}/archive")
    @Operation(summary = "Archive a company: it leaves the directory and the matching, its records stay")
    CompanyView archive(@PathVariable long id, @RequestParam(required = false) String version) {
        return view(editing.archive(managed(id).id(), version(version)).id());
    }

    @PostMapping("/api/v1/companies/{id}/restore")
    @Operation(summary = "Restore an archived company")
    CompanyView restore(@PathVariable long id, @RequestParam(required = false) String version) {
        return view(editing.restore(managed(id).id(), version(version)).id());
    }

    /** The company, once the caller is known to manage it: 404 for an unknown id, then 403. */
    private Company managed(long id) {
        Company company = companies.getById(CompanyId.fromPath(id));
        access.requireManageCompanies(company.initiativeId());
        return company;
    }

    private static CompanyInput input(CompanyRequest request) throws BindException {
        if (request == null) {
            CompanyInput empty = new CompanyInput(null, null, null, null, null, null, null, null, null, null);
            var errors = new BeanPropertyBindingResult(empty, "company");
            errors.rejectValue("name", "company.error.name.required");
            throw new BindException(errors);
        }
        return request.input();
    }

    private CompanyView view(CompanyId id) {
        return CompanyView.of(files.getFile(id), companies.version(id));
    }

    /**
     * The version a client says it saw: null when it says none (the edit applies to the current
     * version); a blank or malformed one is refused rather than read as none.
     */
    private static Integer version(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            throw new InvalidParameterException("version", "problem.parameter.integer", text);
        }
        return Integer.valueOf(text);
    }
}
