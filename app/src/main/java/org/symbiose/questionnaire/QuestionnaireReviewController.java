package org.symbiose.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.QuestionnaireId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * The facilitators' review of their initiative's questionnaires: the list, submitted first; one
 * questionnaire with its rows, which they may amend, then accept (the rows become the company's flows)
 * or send back to the member with a comment; and its log.
 */
@Controller
@RequestMapping("/initiatives/{slug}/questionnaires")
class QuestionnaireReviewController {

    /** Longest send-back comment: the column's size. */
    static final int MAX_COMMENT = 2000;

    private final InitiativeRepository initiatives;
    private final QuestionnaireService questionnaires;
    private final MessageSource messages;
    private final Clock clock;

    QuestionnaireReviewController(
            InitiativeRepository initiatives,
            QuestionnaireService questionnaires,
            MessageSource messages,
            Clock clock) {
        this.initiatives = initiatives;
        this.questionnaires = questionnaires;
        this.messages = messages;
        this.clock = clock;
    }

    /** Only the initiative's facilitators get as far as the rows; then rows the form never showed are refused. */
    @InitBinder("form")
    void boundRows(@PathVariable String slug, HttpServletRequest request) {
        questionnaires.requireReviewer(initiatives.getBySlug(slug).id());
        FormProblems.refuseRowsOutside(request);
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Initiative initiative = initiatives.getBySlug(slug);
        model.addAttribute("initiative", initiative);
        model.addAttribute("questionnaires", questionnaires.listForReview(initiative.id()));
        model.addAttribute("companies", questionnaires.companyNames(initiative.id()));
        return "questionnaire/list";
    }

    @GetMapping("/{id}")
    String review(@PathVariable String slug, @PathVariable("id") long rawId, Model model, Locale locale) {
        QuestionnaireId id = QuestionnaireId.fromPath(rawId);
        Initiative initiative = initiatives.getBySlug(slug);
        Questionnaire questionnaire = questionnaires.getForReview(initiative.id(), id);
        return show(
                model,
                initiative,
                questionnaire,
                QuestionnaireForm.of(questionnaire.rows(), locale),
                questionnaire.version());
    }

    /** The facilitators' corrections, saved without accepting. */
    @PostMapping("/{id}")
    String amend(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam int version,
            @Valid @ModelAttribute("form") QuestionnaireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        QuestionnaireId id = QuestionnaireId.fromPath(rawId);
        return decide(slug, id, version, form, result, model, redirect, locale, false);
    }

    /** Accepts the questionnaire with the rows as the form holds them (amended if they changed). */
    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam int version,
            @Valid @ModelAttribute("form") QuestionnaireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        QuestionnaireId id = QuestionnaireId.fromPath(rawId);
        return decide(slug, id, version, form, result, model, redirect, locale, true);
    }

    /** One more blank row, nothing saved. */
    @PostMapping("/{id}/rows")
    String addRow(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam int version,
            @ModelAttribute("form") QuestionnaireForm form,
            BindingResult result,
            Model model) {
        QuestionnaireId id = QuestionnaireId.fromPath(rawId);
        FormProblems.requireReadable(form, result);
        Initiative initiative = initiatives.getBySlug(slug);
        Questionnaire questionnaire = questionnaires.getForReview(initiative.id(), id);
        return show(model, initiative, questionnaire, form.withOneMoreRow(), version);
    }

    /** Sends the questionnaire back to the member; the comment is required. */
    @PostMapping("/{id}/return")
    String sendBack(
            @PathVariable String slug,
            @PathVariable("id") long rawId,
            @RequestParam int version,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        QuestionnaireId id = QuestionnaireId.fromPath(rawId);
        Initiative initiative = initiatives.getBySlug(slug);
        InitiativeId initiativeId = initiative.id();
        Questionnaire questionnaire = questionnaires.getForReview(initiativeId, id);
        String error = comment == null || comment.isBlank()
                ? "questionnaire.error.comment.required"
                : comment.strip().length() > MAX_COMMENT ? "questionnaire.error.comment.size" : null;
        if (error != null) {
            model.addAttribute("commentError", messages.getMessage(error, null, locale));
            model.addAttribute("comment", comment);
            return show(model, initiative, questionnaire, QuestionnaireForm.of(questionnaire.rows(), locale), version);
        }
        try {
            questionnaires.sendBack(initiativeId, id, version, comment);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("comment", comment);
            return conflict(model, initiative, id, latest -> QuestionnaireForm.of(latest.rows(), locale));
        }
        redirect.addFlashAttribute(
                MyQuestionnaireController.FLASH,
                messages.getMessage("questionnaire.review.returnedFlash", null, locale));
        return "redirect:/initiatives/{slug}/questionnaires/{id}";
    }

    private String decide(
            String slug,
            QuestionnaireId id,
            int version,
            QuestionnaireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale,
            boolean accept) {
        FormProblems.requireReadable(form, result);
        Initiative initiative = initiatives.getBySlug(slug);
        InitiativeId initiativeId = initiative.id();
        Questionnaire questionnaire = questionnaires.getForReview(initiativeId, id);
        form.check(result);
        if (!result.hasErrors() && form.isEmpty()) {
            result.reject("questionnaire.error.empty");
        }
        if (result.hasErrors()) {
            model.addAttribute("problems", FormProblems.of(result, messages, locale));
            return show(model, initiative, questionnaire, form, version);
        }
        List<DeclaredFlow> rows = form.toRows(questionnaire.companyId());
        Questionnaire saved;
        try {
            saved = accept
                    ? questionnaires.accept(initiativeId, id, version, rows)
                    : questionnaires.amend(initiativeId, id, version, rows);
        } catch (OptimisticLockingFailureException e) {
            return conflict(model, initiative, id, latest -> form);
        }
        String flash = accept
                ? messages.getMessage(
                        "questionnaire.review.acceptedFlash",
                        new Object[] {saved.rows().size()},
                        locale)
                : messages.getMessage("questionnaire.review.amended", null, locale);
        redirect.addFlashAttribute(MyQuestionnaireController.FLASH, flash);
        return "redirect:/initiatives/{slug}/questionnaires/{id}";
    }

    /**
     * Someone saved the questionnaire since the version the facilitator saw: it is shown as saved now, at
     * its new version, with a note saying so, and with the form {@code shown} makes of it.
     */
    private String conflict(
            Model model,
            Initiative initiative,
            QuestionnaireId id,
            java.util.function.Function<Questionnaire, QuestionnaireForm> shown) {
        Questionnaire latest = questionnaires.getForReview(initiative.id(), id);
        model.addAttribute("conflict", true);
        return show(model, initiative, latest, shown.apply(latest), latest.version());
    }

    private String show(
            Model model, Initiative initiative, Questionnaire questionnaire, QuestionnaireForm form, int version) {
        InitiativeId initiativeId = initiative.id();
        model.addAttribute("initiative", initiative);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute(
                "companyName", questionnaires.companyNames(initiativeId).get(questionnaire.companyId()));
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("log", questionnaires.log(initiativeId, questionnaire.id()));
        FormProblems.addChoices(model);
        return "questionnaire/review";
    }
}
