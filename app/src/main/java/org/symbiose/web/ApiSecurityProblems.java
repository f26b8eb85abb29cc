package org.symbiose.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API security chain's answers, as problem details: 401 with the HTTP Basic challenge when the caller
 * must authenticate (or gave a wrong password), 403 when their account may not go there.
 */
@Component
public class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiSecurityProblems(Problems problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String code = e instanceof BadCredentialsException ? "problem.detail.badCredentials" : "problem.detail.401";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Symbiose\"");
        problems.write(new Failure(401, messages.getMessage(code, null, locale)), request, response, locale);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        problems.write(
                new Failure(403, messages.getMessage("problem.detail.403", null, locale)), request, response, locale);
    }
}
