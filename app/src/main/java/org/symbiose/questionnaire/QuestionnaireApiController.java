package org.symbiose.questionnaire;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.QuestionnaireId;
import org.symbiose.questionnaire.QuestionnaireForm.FlowRow;
import org.symbiose.questionnaire.QuestionnaireService.MemberDesk;
import org.symbiose.web.RefusedRequestException;

/**
 * The member's questionnaire through the API: read it, save its rows as a draft or send them, with
 * the same checks as the page (each error names its row and field) and the same optimistic version.
 */
@RestController
@Tag(name = "Questionnaire", description = "The member's questionnaire of their own company (members only)")
class QuestionnaireApiController {

    static final String PATH = "/api/v1/my-company/questionnaire";

    private final QuestionnaireService questionnaires;

    QuestionnaireApiController(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    /**
     * The member's questionnaire as the API shows it.
     *
     * @param status null when no questionnaire is open: a PUT starts a new one
     * @param version the version a PUT sends back, 0 for a new questionnaire
     * @param rows the open questionnaire's rows, empty when none is open
     */
    record QuestionnaireView(
            CompanyId companyId,
            QuestionnaireId id,
            QuestionnaireStatus status,
            int version,
            boolean editable,
            String returnComment,
            String submittedAt,
            List<RowView> rows) {

        static QuestionnaireView of(MemberDesk desk) {
            Questionnaire open = desk.open();
            return new QuestionnaireView(
                    desk.company().id(),
                    open == null ? null : open.id(),
                    open == null ? null : open.status(),
                    desk.version(),
                    desk.editable(),
                    open == null ? null : open.returnComment(),
                    open == null || open.submitted() == null
                            ? null
                            : open.submitted().at().toString(),
                    open == null
                            ? List.of()
                            : open.rows().stream()
                                    .map(row -> RowView.of(row.flow()))
                                    .toList());
        }
    }

    /** A declared flow with the form's field names; choices are the names the form's lists use. */
    record RowView(
            String direction,
            String label,
            String category,
            String ewc,
            BigDecimal quantity,
            String unit,
            String period,
            BigDecimal temperature,
            Boolean hazardous,
            LocalDate availableFrom,
            LocalDate availableTo,
            String notes) {

        static RowView of(Flow f) {
            return new RowView(
                    f.direction().name(),
                    f.label(),
                    f.category() == null ? null : f.category().name(),
                    f.ewc(),
                    f.quantity(),
                    f.unit() == null ? null : f.unit().name(),
                    f.period().name(),
                    f.temperatureC(),
                    f.hazardous(),
                    f.availableFrom(),
                    f.availableTo(),
                    f.notes());
        }
    }

    /**
     * What a PUT sends: the version read, every row (as text or numbers), and whether to send the
     * questionnaire to the facilitators rather than keep it as a draft.
     */
    record QuestionnaireRequest(Integer version, @Valid List<FlowRow> rows, Boolean submit) {}

    @GetMapping(PATH)
    @Operation(summary = "The member's questionnaire: its status, version and rows")
    QuestionnaireView get() {
        return QuestionnaireView.of(questionnaires.desk());
    }

    @PutMapping(PATH)
    @Operation(summary = "Saves the member's rows as a draft, or sends them (submit: true)")
    ResponseEntity<QuestionnaireView> put(
            @Valid @RequestBody QuestionnaireRequest request, BindingResult result, Locale locale)
            throws BindException {
        MemberDesk desk = questionnaires.desk();
        boolean submit = Boolean.TRUE.equals(request.submit());
        List<FlowRow> rows = request.rows() == null ? List.of() : request.rows();
        if (rows.size() > QuestionnaireForm.MAX_ROWS) {
            result.rejectValue(
                    "rows", "questionnaire.error.rows.size", new Object[] {QuestionnaireForm.MAX_ROWS}, null);
            throw new BindException(result);
        }
        var form = new QuestionnaireForm(rows);
        if (request.version() == null) {
            result.rejectValue("version", "questionnaire.error.version");
        }
        form.check(result);
        if (submit && !result.hasErrors() && form.isEmpty()) {
            result.reject("questionnaire.error.empty");
        }
        if (result.hasErrors()) {
            throw new BindException(result);
        }
        List<DeclaredFlow> declared = form.toRows(desk.company().id());
        Questionnaire saved;
        try {
            saved = submit
                    ? questionnaires.submit(declared, request.version())
                    : questionnaires.saveDraft(declared, request.version());
        } catch (OptimisticLockingFailureException e) {
            throw new RefusedRequestException(HttpStatus.CONFLICT, "questionnaire.error.version.stale");
        }
        QuestionnaireView view = QuestionnaireView.of(questionnaires.desk());
        Questionnaire before = desk.open();
        if (before == null || !before.id().equals(saved.id())) {
            return ResponseEntity.created(URI.create(PATH)).body(view);
        }
        return ResponseEntity.ok(view);
    }
}
