package org.symbiose.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.QuestionnaireId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.questionnaire.QuestionnaireEvent.Action;
import org.symbiose.web.RefusedRequestException;

/**
 * What members and facilitators do with questionnaires, for those allowed only: a member fills their
 * own company's (the company comes from the account, never from the request); an initiative's
 * facilitators review its companies'. Every change is saved against the version its author saw and
 * written to the questionnaire's log with who and when, in the same transaction.
 */
@Service
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final CompanyRepository companies;
    private final FlowRepository flows;
    private final FiguresService figures;
    private final AccessPolicy access;
    private final Clock clock;

    QuestionnaireService(
            QuestionnaireRepository questionnaires,
            CompanyRepository companies,
            FlowRepository flows,
            FiguresService figures,
            AccessPolicy access,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.companies = companies;
        this.flows = flows;
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What a member's questionnaire page shows.
     *
     * @param known the company's flows already recorded
     * @param latest the company's latest questionnaire, null before the first
     */
    public record MemberDesk(Company company, List<Flow> known, Questionnaire latest) {

        /** The questionnaire not accepted yet, null when a new one is to be started. */
        public Questionnaire open() {
            return latest == null || latest.status() == QuestionnaireStatus.ACCEPTED ? null : latest;
        }

        /** The version a save starts from: 0 for a new questionnaire. */
        public int version() {
            return open() == null ? 0 : open().version();
        }

        /** Whether the member may change the rows: a new, draft or returned questionnaire. */
        public boolean editable() {
            return open() == null || open().status().editableByMember();
        }
    }

    /** The current member's company, its known flows and its latest questionnaire. */
    @Transactional(readOnly = true)
    public MemberDesk desk() {
        Company company = companies.getById(memberCompany());
        CompanyId id = company.id();
        return new MemberDesk(
                company, flows.listByCompany(id), questionnaires.findLatest(id).orElse(null));
    }

    /** The member saves their rows as a draft (a new questionnaire when none is open). */
    @Transactional
    public Questionnaire saveDraft(List<DeclaredFlow> rows, int version) {
        Stamp by = stamp();
        Questionnaire saved = questionnaires.save(memberEdit(rows, version, by), version);
        log(saved, by, Action.SAVED, String.valueOf(rows.size()));
        return saved;
    }

    /** The member sends their rows to the facilitators. */
    @Transactional
    public Questionnaire submit(List<DeclaredFlow> rows, int version) {
        Stamp by = stamp();
        Questionnaire saved = questionnaires.save(
                transition(() -> memberEdit(rows, version, by).submit(by)), version);
        log(saved, by, Action.SUBMITTED, String.valueOf(rows.size()));
        return saved;
    }

    /** Refuses whoever is not a facilitator of the initiative. */
    public void requireReviewer(InitiativeId initiative) {
        access.requireCompanies(initiative);
    }

    /** An initiative's questionnaires to review, submitted first; its facilitators only. */
    @Transactional(readOnly = true)
    public List<Questionnaire> listForReview(InitiativeId initiative) {
        access.requireCompanies(initiative);
        return questionnaires.listForReview(initiative);
    }

    /** The names of an initiative's companies by id, for the review pages; its facilitators only. */
    @Transactional(readOnly = true)
    public Map<CompanyId, String> companyNames(InitiativeId initiative) {
        access.requireCompanies(initiative);
        return companies.namesByInitiative(initiative);
    }

    /** A sent questionnaire of the initiative, for its facilitators; 404 for a draft or another's. */
    @Transactional(readOnly = true)
    public Questionnaire getForReview(InitiativeId initiative, QuestionnaireId id) {
        InitiativeId initiativeId = initiative;
        access.requireCompanies(initiativeId);
        return questionnaires
                .findById(id)
                .filter(q -> q.initiativeId().equals(initiativeId) && q.status() != QuestionnaireStatus.DRAFT)
                .orElseThrow(() -> new RefusedRequestException(
                        HttpStatus.NOT_FOUND, "questionnaire.error.notFound", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireEvent> log(InitiativeId initiativeId, QuestionnaireId id) {
        return questionnaires.log(getForReview(initiativeId, id).id());
    }

    /** The facilitators change the rows of a submitted questionnaire. */
    @Transactional
    public Questionnaire amend(InitiativeId initiativeId, QuestionnaireId id, int version, List<DeclaredFlow> rows) {
        Questionnaire current = seenAt(getForReview(initiativeId, id), version);
        Stamp by = stamp();
        Questionnaire saved = questionnaires.save(transition(() -> current.amend(rows, by.at())), version);
        log(saved, by, Action.AMENDED, String.valueOf(rows.size()));
        return saved;
    }

    /**
     * The facilitators accept a submitted questionnaire, with the rows as they last amended them: each
     * row becomes a flow of the company, in one transaction with the questionnaire's new status.
     */
    @Transactional
    public Questionnaire accept(InitiativeId initiativeId, QuestionnaireId id, int version, List<DeclaredFlow> rows) {
        Questionnaire current = seenAt(getForReview(initiativeId, id), version);
        Stamp by = stamp();
        boolean amended = !current.rows().equals(rows);
        Questionnaire accepted = transition(() -> (amended ? current.amend(rows, by.at()) : current).accept(by));
        List<FlowId> flowIds =
                accepted.rows().stream().map(row -> flows.insert(row.flow())).toList();
        Questionnaire saved = questionnaires.save(accepted.withAcceptedFlows(flowIds), version);
        if (amended) {
            log(saved, by, Action.AMENDED, String.valueOf(rows.size()));
        }
        log(saved, by, Action.ACCEPTED, String.valueOf(flowIds.size()));
        figures.forgetAll();
        return saved;
    }

    /** The facilitators send a submitted questionnaire back to the member with a comment. */
    @Transactional
    public Questionnaire sendBack(InitiativeId initiativeId, QuestionnaireId id, int version, String comment) {
        Questionnaire current = seenAt(getForReview(initiativeId, id), version);
        Stamp by = stamp();
        Questionnaire saved = questionnaires.save(transition(() -> current.sendBack(by, comment)), version);
        log(saved, by, Action.RETURNED, saved.returnComment());
        return saved;
    }

    /** The member's open questionnaire with their rows, or a new draft when none is open. */
    private Questionnaire memberEdit(List<DeclaredFlow> rows, int version, Stamp by) {
        MemberDesk desk = desk();
        Questionnaire open = desk.open();
        if (open == null) {
            CompanyId company = desk.company().id();
            return Questionnaire.start(company, desk.company().initiativeId(), by)
                    .redraft(rows, by.at());
        }
        return transition(() -> seenAt(open, version).redraft(rows, by.at()));
    }

    /** Refuses early a change made from another version than the stored one: nothing is written. */
    private static Questionnaire seenAt(Questionnaire current, int version) {
        if (current.version() != version) {
            throw new OptimisticLockingFailureException(
                    "questionnaire " + current.id() + " is at version " + current.version() + ", not " + version);
        }
        return current;
    }

    /** A transition the questionnaire's status does not allow comes from no page we served: 409. */
    private static Questionnaire transition(Supplier<Questionnaire> change) {
        try {
            return change.get();
        } catch (QuestionnaireTransitionException e) {
            throw new RefusedRequestException(HttpStatus.CONFLICT, "questionnaire.error.transition");
        }
    }

    private CompanyId memberCompany() {
        SymbioseUser user = access.currentUser();
        if (user == null || user.companyId() == null || !access.canFillQuestionnaire(user.companyId())) {
            throw new AccessDeniedException("the questionnaire is for a company's members");
        }
        return user.companyId();
    }

    private Stamp stamp() {
        SymbioseUser user = access.currentUser();
        if (user == null) {
            throw new AccessDeniedException("no account");
        }
        return new Stamp(user.username(), Instant.now(clock));
    }

    private void log(Questionnaire saved, Stamp by, Action action, String detail) {
        questionnaires.record(saved.id(), new QuestionnaireEvent(by.at(), by.by(), action, detail));
    }
}
