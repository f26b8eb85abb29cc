package org.symbiose.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;

/**
 * The errors of a form in the user's language, in the order of the form's fields, for the summary a
 * form shows above itself when it was not saved.
 */
@Component
public class FormProblems {

    private final MessageSource messages;

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> of(BindingResult result, Locale locale) {
        return result.getAllErrors().stream()
                .map(error -> StringUtils.capitalize(messages.getMessage(error, locale)))
                .distinct()
                .toList();
    }

    /** A message of the bundles, for a confirmation shown after a redirect. */
    public String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
