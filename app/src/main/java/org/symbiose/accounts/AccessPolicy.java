package org.symbiose.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Scope rules that depend on the data: which initiative a facilitator runs, which company a member
 * belongs to. Every rule answers for the current authenticated user.
 */
@Component
public class AccessPolicy {

    /** Current user, or null when anonymous. */
    public SymbioseUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SymbioseUser user) {
            return user;
        }
        return null;
    }

    /** May read an initiative's sheet: anyone when published, else the network and its facilitators. */
    public boolean canRead(InitiativeId initiativeId, boolean published) {
        if (published) {
            return true;
        }
        SymbioseUser user = currentUser();
        return user != null && (user.role() == Role.NETWORK || user.facilitates(initiativeId));
    }

    /** May edit an initiative's sheet: its facilitators and the network coordinator. */
    public boolean canEdit(InitiativeId initiativeId) {
        SymbioseUser user = currentUser();
        return user != null && (user.role() == Role.NETWORK || user.facilitates(initiativeId));
    }

    /** May see the initiative's companies and their confidential flows: its facilitators only. */
    public boolean canSeeCompanies(InitiativeId initiativeId) {
        SymbioseUser user = currentUser();
        return user != null && user.facilitates(initiativeId);
    }

    /** May see one company's data: the initiative's facilitators and the company's own members. */
    public boolean canSeeCompany(InitiativeId initiativeId, CompanyId companyId) {
        SymbioseUser user = currentUser();
        if (user == null) {
            return false;
        }
        return user.facilitates(initiativeId) || (user.role() == Role.MEMBER && companyId.equals(user.companyId()));
    }

    /**
     * May fill a company's questionnaire, declaring its flows for the facilitators to review: the
     * company's own members only (its facilitators review it, they do not fill it).
     */
    public boolean canFillQuestionnaire(CompanyId companyId) {
        SymbioseUser user = currentUser();
        return user != null && user.role() == Role.MEMBER && companyId.equals(user.companyId());
    }

    public void requireEdit(InitiativeId initiativeId) {
        if (!canEdit(initiativeId)) {
            throw new AccessDeniedException("not a facilitator of initiative " + initiativeId);
        }
    }

    public void requireCompanies(InitiativeId initiativeId) {
        if (!canSeeCompanies(initiativeId)) {
            throw new AccessDeniedException("not a facilitator of initiative " + initiativeId);
        }
    }

    /** May create, edit, archive and restore the initiative's companies: its facilitators only. */
    public boolean canManageCompanies(InitiativeId initiativeId) {
        SymbioseUser user = currentUser();
        return user != null && user.facilitates(initiativeId);
    }

    public void requireManageCompanies(InitiativeId initiativeId) {
        if (!canManageCompanies(initiativeId)) {
            throw new AccessDeniedException("not a facilitator of initiative " + initiativeId);
        }
    }

    /**
     * May see an initiative's dashboard, aggregated numbers without a company's name: its
     * facilitators and the network coordinator (decision 0024).
     */
    public boolean canSeeDashboard(InitiativeId initiativeId) {
        SymbioseUser user = currentUser();
        return user != null && (user.role() == Role.NETWORK || user.facilitates(initiativeId));
    }

    /** May follow the initiative's synergies (board, pages, moves, API): its facilitators only. */
    public boolean canManageSynergies(InitiativeId initiativeId) {
        SymbioseUser user = currentUser();
        return user != null && user.facilitates(initiativeId);
    }

    public void requireManageSynergies(InitiativeId initiativeId) {
        if (!canManageSynergies(initiativeId)) {
            throw new AccessDeniedException("not a facilitator of initiative " + initiativeId);
        }
    }
}
