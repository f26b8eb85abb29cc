package org.symbiose.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.QuestionnaireId;

/**
 * A company's questionnaire: the flows one of its members declares, and where their review stands.
 * Status changes go through {@link #redraft}, {@link #submit}, {@link #amend}, {@link #sendBack} and
 * {@link #accept}, which refuse what the life cycle does not allow:
 *
 * <pre>
 * DRAFT --submit--> SUBMITTED --accept--> ACCEPTED
 *                     |    ^
 *             sendBack|    |submit
 *                     v    |
 *                   RETURNED
 * </pre>
 *
 * The member changes the rows of a draft or a returned questionnaire; the facilitators amend the rows
 * of a submitted one. A submitted questionnaire has at least one row; a send-back has a comment.
 *
 * @param id null until saved
 * @param rows the declared flows, in the order of the form; each flow's company is {@code companyId}
 * @param returnComment the facilitators' comment of the last send-back, while it is returned
 * @param submitted the last submission, null before the first
 * @param reviewed the last send-back or the acceptance, null before
 * @param version the stored version a change was made from, for the optimistic check
 */
public record Questionnaire(
        QuestionnaireId id,
        CompanyId companyId,
        InitiativeId initiativeId,
        QuestionnaireStatus status,
        List<DeclaredFlow> rows,
        String returnComment,
        Stamp created,
        Instant updatedAt,
        Stamp submitted,
        Stamp reviewed,
        int version) {

    public Questionnaire {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updatedAt, "updatedAt");
        rows = List.copyOf(rows);
        for (DeclaredFlow row : rows) {
            if (!row.flow().companyId().equals(companyId)) {
                throw new IllegalArgumentException("a declared flow of another company");
            }
        }
        if (status == QuestionnaireStatus.RETURNED && (returnComment == null || returnComment.isBlank())) {
            throw new IllegalArgumentException("a returned questionnaire needs a comment");
        }
    }

    /** A new, empty draft of a company's member. */
    public static Questionnaire start(CompanyId companyId, InitiativeId initiativeId, Stamp created) {
        return new Questionnaire(
                null,
                companyId,
                initiativeId,
                QuestionnaireStatus.DRAFT,
                List.of(),
                null,
                created,
                created.at(),
                null,
                null,
                0);
    }

    /** The member changes the rows of a draft or of a returned questionnaire; the status stays. */
    public Questionnaire redraft(List<DeclaredFlow> newRows, Instant at) {
        if (!status.editableByMember()) {
            throw new QuestionnaireTransitionException(status, status);
        }
        return new Questionnaire(
                id, companyId, initiativeId, status, newRows, returnComment, created, at, submitted, reviewed, version);
    }

    /** Draft or returned -> submitted, with at least one row. The comment of a send-back is answered. */
    public Questionnaire submit(Stamp by) {
        if (!status.editableByMember()) {
            throw new QuestionnaireTransitionException(status, QuestionnaireStatus.SUBMITTED);
        }
        requireRows();
        return new Questionnaire(
                id,
                companyId,
                initiativeId,
                QuestionnaireStatus.SUBMITTED,
                rows,
                null,
                created,
                by.at(),
                by,
                reviewed,
                version);
    }

    /** The facilitators change the rows of a submitted questionnaire before accepting it. */
    public Questionnaire amend(List<DeclaredFlow> newRows, Instant at) {
        require(QuestionnaireStatus.SUBMITTED, QuestionnaireStatus.SUBMITTED);
        Questionnaire amended = new Questionnaire(
                id, companyId, initiativeId, status, newRows, returnComment, created, at, submitted, reviewed, version);
        amended.requireRows();
        return amended;
    }

    /** Submitted -> returned to the member, with the facilitators' comment. */
    public Questionnaire sendBack(Stamp by, String comment) {
        require(QuestionnaireStatus.SUBMITTED, QuestionnaireStatus.RETURNED);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("sending a questionnaire back needs a comment");
        }
        return new Questionnaire(
                id,
                companyId,
                initiativeId,
                QuestionnaireStatus.RETURNED,
                rows,
                comment.strip(),
                created,
                by.at(),
                submitted,
                by,
                version);
    }

    /** Submitted -> accepted: its rows are to become the company's flows. */
    public Questionnaire accept(Stamp by) {
        require(QuestionnaireStatus.SUBMITTED, QuestionnaireStatus.ACCEPTED);
        return new Questionnaire(
                id,
                companyId,
                initiativeId,
                QuestionnaireStatus.ACCEPTED,
                rows,
                null,
                created,
                by.at(),
                submitted,
                by,
                version);
    }

    /** The accepted questionnaire with the ids of the flows its rows became, in order. */
    Questionnaire withAcceptedFlows(List<FlowId> flowIds) {
        if (status != QuestionnaireStatus.ACCEPTED || flowIds.size() != rows.size()) {
            throw new IllegalArgumentException("one flow per row of an accepted questionnaire");
        }
        List<DeclaredFlow> accepted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            accepted.add(rows.get(i).accepted(flowIds.get(i)));
        }
        return new Questionnaire(
                id,
                companyId,
                initiativeId,
                status,
                accepted,
                returnComment,
                created,
                updatedAt,
                submitted,
                reviewed,
                version);
    }

    /** The same questionnaire as stored under {@code newId} at {@code newVersion}. */
    Questionnaire stored(QuestionnaireId newId, int newVersion) {
        return new Questionnaire(
                newId,
                companyId,
                initiativeId,
                status,
                rows,
                returnComment,
                created,
                updatedAt,
                submitted,
                reviewed,
                newVersion);
    }

    private void requireRows() {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a submitted questionnaire declares at least one flow");
        }
    }

    private void require(QuestionnaireStatus expected, QuestionnaireStatus target) {
        if (status != expected) {
            throw new QuestionnaireTransitionException(status, target);
        }
    }
}
