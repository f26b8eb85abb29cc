package org.symbiose.companies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.BusinessPark;
import org.symbiose.initiatives.Initiative;

/**
 * Creates, edits, archives and restores companies, for the initiative's facilitators only: every
 * write is checked against {@link AccessPolicy}, kept in the company's history with who and when, and
 * forgets the cached figures. The page and the API both go through here.
 */
@Service
public class CompanyEditing {

    /** The platform's days are French days: an archive at 00:30 in Paris is dated that day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /**
     * What an input reads as.
     *
     * @param company null when a field was rejected
     * @param duplicates same-SIRET companies (rejected in the errors) and same-name-and-commune ones
     *     (a warning, on creation only)
     */
    public record Checked(Company company, Duplicates.Found duplicates) {}

    private final CompanyRepository companies;
    private final CompanyChangeLog log;
    private final CompanyChecks checks;
    private final Duplicates duplicates;
    private final AccessPolicy access;
    private final FiguresService figures;

    CompanyEditing(
            CompanyRepository companies,
            CompanyChangeLog log,
            CompanyChecks checks,
            Duplicates duplicates,
            AccessPolicy access,
            FiguresService figures) {
        this.companies = companies;
        this.log = log;
        this.checks = checks;
        this.duplicates = duplicates;
        this.access = access;
        this.figures = figures;
    }

    /** The names of the initiative's business parks, the choices of the park select. */
    public static List<String> parks(Initiative initiative) {
        return initiative.territory().parks().stream().map(BusinessPark::name).toList();
    }

    /**
     * Reads an input for a new company of the initiative (when {@code current} is null) or for an edit
     * of {@code current}. A SIRET another company of the initiative has is rejected on the field.
     */
    public Checked check(Initiative initiative, CompanyInput input, Company current, Errors errors) {
        InitiativeId initiativeId = initiative.id();
        access.requireManageCompanies(initiativeId);
        Company company = checks.read(input, initiativeId, parks(initiative), current, errors);
        if (company == null) {
            return new Checked(null, Duplicates.Found.NONE);
        }
        Duplicates.Found found = duplicates.of(company);
        if (!found.sameSiret().isEmpty()) {
            Company other = found.sameSiret().get(0);
            errors.rejectValue(
                    "siret",
                    other.archived() ? "company.error.siret.taken.archived" : "company.error.siret.taken",
                    new Object[] {company.siret().formatted(), other.name()},
                    null);
            return new Checked(null, found);
        }
        return new Checked(company, current == null ? found : new Duplicates.Found(List.of(), List.of()));
    }

    /**
     * After a {@link SiretTakenException}: rejects the SIRET on its field as {@link #check} does, naming
     * the company that took it in between.
     */
    public void rejectTaken(Initiative initiative, CompanyInput input, Company current, Errors errors) {
        check(initiative, input, current, errors);
        if (!errors.hasFieldErrors("siret")) {
            errors.rejectValue("siret", "company.error.siret.takenMeanwhile", new Object[] {input.siret()}, null);
        }
    }

    /**
     * Saves a new company.
     *
     * @throws SiretTakenException when another company took its SIRET since it was checked
     */
    @Transactional
    public Company create(Company draft) {
        access.requireManageCompanies(draft.initiativeId());
        Company saved;
        try {
            saved = companies.insert(draft);
        } catch (DuplicateKeyException e) {
            throw new SiretTakenException(e);
        }
        record(saved.id(), CompanyChange.Action.CREATED, ChangeSummary.created(saved));
        figures.forgetAll();
        return saved;
    }

    /**
     * Saves the edited company if it is still at the version the editor saw; an edit that changes
     * nothing is not kept in the history.
     *
     * @throws CompanyConflictException when it was saved in between
     * @throws SiretTakenException when another company took its new SIRET since it was checked
     */
    @Transactional
    public void update(Company before, Company after, int version) {
        access.requireManageCompanies(before.initiativeId());
        try {
            companies.update(after, version);
        } catch (DuplicateKeyException e) {
            throw new SiretTakenException(e);
        } catch (OptimisticLockingFailureException e) {
            throw new CompanyConflictException(after.id());
        }
        List<CompanyChange.FieldChange> changes = ChangeSummary.between(before, after);
        if (!changes.isEmpty()) {
            record(after.id(), CompanyChange.Action.EDITED, changes);
        }
        figures.forgetAll();
    }

    /**
     * Archives the company today; archiving an archived company changes nothing.
     *
     * @param version the version the caller saw, or null for the current one
     * @throws CompanyConflictException when the company is at another version
     */
    @Transactional
    public Company archive(CompanyId id, Integer version) {
        return setArchived(id, true, version);
    }

    /** Brings an archived company back to the directory and the matching; as {@link #archive}. */
    @Transactional
    public Company restore(CompanyId id, Integer version) {
        return setArchived(id, false, version);
    }

    private Company setArchived(CompanyId id, boolean archived, Integer version) {
        Company company = companies.getById(id);
        access.requireManageCompanies(company.initiativeId());
        int current = companies.version(id);
        if (version != null && version != current) {
            throw new CompanyConflictException(id);
        }
        if (company.archived() == archived) {
            return company;
        }
        LocalDate day = archived ? LocalDate.now(ZONE) : null;
        try {
            companies.setArchivedOn(id, day, current);
        } catch (OptimisticLockingFailureException e) {
            throw new CompanyConflictException(id);
        }
        record(id, archived ? CompanyChange.Action.ARCHIVED : CompanyChange.Action.RESTORED, List.of());
        figures.forgetAll();
        return company.withArchivedOn(day);
    }

    private void record(CompanyId id, CompanyChange.Action action, List<CompanyChange.FieldChange> changes) {
        SymbioseUser user = access.currentUser();
        log.record(new CompanyChange(id, Instant.now(), user.username(), user.displayName(), action, changes));
    }
}
