package org.symbiose.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.initiatives.FormRows;
import org.symbiose.web.RefusedRequestException;

/**
 * What the member's and the facilitators' questionnaire forms share: refusing rows the form never
 * showed, the choices the selects offer, and the error summary naming each error's row and field
 * ("Ligne 2, libellé : obligatoire").
 */
final class FormProblems {

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    private FormProblems() {}

    /**
     * Refuses, before binding, a post naming a row beyond {@link QuestionnaireForm#MAX_ROWS} or a
     * malformed row: a 400 in the user's language, nothing saved.
     */
    static void refuseRowsOutside(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            FormRows.firstOutside(request.getParameterMap().keySet(), Map.of("rows", QuestionnaireForm.MAX_ROWS))
                    .ifPresent(field -> {
                        throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "problem.detail.rowOutOfForm", field);
                    });
        }
    }

    /** Spring could not build the form at all (a field posted as something else than text). */
    static void requireReadable(QuestionnaireForm form, BindingResult result) {
        if (form == null || result.getTarget() == null) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "problem.detail.unreadableForm");
        }
    }

    /** The lists the rows' selects offer. */
    static void addChoices(Model model) {
        model.addAttribute("directions", Direction.values());
        model.addAttribute("categories", FlowCategory.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("maxRows", QuestionnaireForm.MAX_ROWS);
    }

    /** Every error in the user's language, by row, each naming its row and field. */
    static List<String> of(BindingResult result, MessageSource messages, Locale locale) {
        return result.getAllErrors().stream()
                .sorted(Comparator.comparingInt(FormProblems::rowOf))
                .map(error -> describe(error, messages, locale))
                .distinct()
                .toList();
    }

    private static String describe(ObjectError error, MessageSource messages, Locale locale) {
        String message = messages.getMessage(error, locale);
        if (error instanceof FieldError field) {
            Matcher row = ROW_FIELD.matcher(field.getField());
            if (row.matches()) {
                String name = messages.getMessage("questionnaire.field." + row.group(2), null, locale);
                return messages.getMessage(
                        "questionnaire.error.row",
                        new Object[] {Integer.parseInt(row.group(1)) + 1, name, message},
                        locale);
            }
        }
        return StringUtils.capitalize(message);
    }

    private static int rowOf(ObjectError error) {
        if (error instanceof FieldError field) {
            Matcher row = ROW_FIELD.matcher(field.getField());
            if (row.matches()) {
                return Integer.parseInt(row.group(1)) + 1;
            }
        }
        return 0;
    }
}
