package org.symbiose.flows;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.AccountRepository.AccountSummary;
import org.symbiose.accounts.AccountSummaries;
import org.symbiose.accounts.Role;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.flows.FlowOwners.FlowOwner;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.DiagnosticId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.web.RefusedRequestException;

/**
 * Writes a company's flow diagnostics, for its initiative's facilitators; every write forgets the
 * computed figures (the number of diagnostics is one). An edit or a deletion names the version it saw.
 */
@Service
public class DiagnosticService {

    private final FlowRepository flows;
    private final FlowService access;
    private final AccountSummaries accounts;
    private final AccessPolicy policy;
    private final FiguresService figures;

    DiagnosticService(
            FlowRepository flows,
            FlowService access,
            AccountSummaries accounts,
            AccessPolicy policy,
            FiguresService figures) {
        this.flows = flows;
        this.access = access;
        this.accounts = accounts;
        this.policy = policy;
        this.figures = figures;
    }

    /** The facilitators of the company's initiative, one of whom did the diagnostic. */
    public List<AccountSummary> facilitators(FlowOwner owner) {
        return accounts.ofInitiative(owner.initiativeId()).stream()
                .filter(a -> a.role() == Role.FACILITATOR)
                .toList();
    }

    /** The account filling in the form, as a facilitator to choose. */
    public AccountSummary current() {
        SymbioseUser user = policy.currentUser();
        return new AccountSummary(user.username(), user.displayName(), user.role(), "", true, false);
    }

    /** A diagnostic of a company its facilitators may edit; 404 for any other id. */
    public FlowDiagnostic editable(CompanyId companyId, DiagnosticId diagnosticId) {
        access.editable(companyId);
        return flows.findDiagnostic(diagnosticId)
                .filter(d -> d.companyId().equals(companyId))
                .orElseThrow(() -> new RefusedRequestException(
                        HttpStatus.NOT_FOUND, "problem.detail.unknownId", diagnosticId.value()));
    }

    /** A diagnostic its company's facilitators and members may read; 404 for an unknown id. */
    public FlowDiagnostic readable(DiagnosticId diagnosticId) {
        FlowDiagnostic d = flows.findDiagnostic(diagnosticId)
                .orElseThrow(() -> new RefusedRequestException(
                        HttpStatus.NOT_FOUND, "problem.detail.unknownId", diagnosticId.value()));
        access.readable(d.companyId());
        return d;
    }

    @Transactional
    public FlowDiagnostic create(FlowDiagnostic diagnostic) {
        access.editable(diagnostic.companyId());
        DiagnosticId id = flows.insertDiagnostic(diagnostic);
        figures.forgetAll();
        return flows.findDiagnostic(id).orElseThrow();
    }

    @Transactional
    public FlowDiagnostic update(FlowDiagnostic diagnostic) {
        editable(diagnostic.companyId(), diagnostic.id());
        if (!flows.updateDiagnostic(diagnostic)) {
            throw new RefusedRequestException(HttpStatus.CONFLICT, "flows.diagnostic.conflict");
        }
        figures.forgetAll();
        return flows.findDiagnostic(diagnostic.id()).orElseThrow();
    }

    @Transactional
    public void delete(CompanyId companyId, DiagnosticId diagnosticId, int version) {
        editable(companyId, diagnosticId);
        if (!flows.deleteDiagnostic(diagnosticId, version)) {
            throw new RefusedRequestException(HttpStatus.CONFLICT, "flows.diagnostic.conflict");
        }
        figures.forgetAll();
    }
}
