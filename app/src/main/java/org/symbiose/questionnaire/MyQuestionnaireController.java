package org.symbiose.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.questionnaire.QuestionnaireService.MemberDesk;

/**
 * The member's questionnaire: their company's known flows, read-only, and a form of rows to declare
 * new ones, saved as a draft or sent to the facilitators. The company is the account's, never a
 * request parameter: a member cannot name another company.
 */
@Controller
@RequestMapping("/my-company/questionnaire")
class MyQuestionnaireController {

    static final String FLASH = "flash";

    private final QuestionnaireService questionnaires;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final Clock clock;

    MyQuestionnaireController(
            QuestionnaireService questionnaires, AccessPolicy access, MessageSource messages, Clock clock) {
        this.questionnaires = questionnaires;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The zone the page writes dates and times in. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    /** Only a company's member gets as far as the rows; then rows the form never showed are refused. */
    @InitBinder("form")
    void boundRows(HttpServletRequest request) {
        SymbioseUser user = access.currentUser();
        if (user == null || user.companyId() == null || !access.canFillQuestionnaire(user.companyId())) {
            throw new AccessDeniedException("the questionnaire is for a company's members");
        }
        FormProblems.refuseRowsOutside(request);
    }

    @GetMapping
    String page(Model model, Locale locale) {
        MemberDesk desk = questionnaires.desk();
        List<DeclaredFlow> rows = desk.open() == null ? List.of() : desk.open().rows();
        return show(model, desk, QuestionnaireForm.of(rows, locale), desk.version());
    }

    @PostMapping
    String saveDraft(
            @RequestParam int version,
            @Valid @ModelAttribute("form") QuestionnaireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(false, version, form, result, model, redirect, locale);
    }

    @PostMapping("/submit")
    String submit(
            @RequestParam int version,
            @Valid @ModelAttribute("form") QuestionnaireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return save(true, version, form, result, model, redirect, locale);
    }

    /** One more blank row, nothing saved: the form as typed comes back with it. */
    @PostMapping("/rows")
    String addRow(
            @RequestParam int version,
            @ModelAttribute("form") QuestionnaireForm form,
            BindingResult result,
            Model model) {
        FormProblems.requireReadable(form, result);
        return show(model, questionnaires.desk(), form.withOneMoreRow(), version);
    }

    private String save(
            boolean submit,
            int version,
            QuestionnaireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        FormProblems.requireReadable(form, result);
        MemberDesk desk = questionnaires.desk();
        form.check(result);
        if (submit && !result.hasErrors() && form.isEmpty()) {
            result.reject("questionnaire.error.empty");
        }
        if (result.hasErrors()) {
            model.addAttribute("problems", FormProblems.of(result, messages, locale));
            return show(model, desk, form, version);
        }
        List<DeclaredFlow> rows = form.toRows(desk.company().id());
        try {
            if (submit) {
                questionnaires.submit(rows, version);
            } else {
                questionnaires.saveDraft(rows, version);
            }
        } catch (OptimisticLockingFailureException e) {
            MemberDesk latest = questionnaires.desk();
            model.addAttribute("conflict", true);
            return show(model, latest, form, latest.version());
        }
        String done = submit ? "questionnaire.submitted" : "questionnaire.saved";
        redirect.addFlashAttribute(FLASH, messages.getMessage(done, null, locale));
        return "redirect:/my-company/questionnaire";
    }

    private static String show(Model model, MemberDesk desk, QuestionnaireForm form, int version) {
        model.addAttribute("desk", desk);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        FormProblems.addChoices(model);
        return "questionnaire/mine";
    }
}
