package org.symbiose.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every exception a controller (or Spring MVC around it) raises becomes an answer the caller can act on:
 * problem details on the API, the error page elsewhere, in the caller's language. An anonymous caller
 * refused access is left to the security chain, which asks them to log in (pages) or to authenticate
 * (API, 401). Unforeseen exceptions are logged with a reference that the answer quotes.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Failures failures;
    private final Problems problems;
    private final LocaleResolver locales;

    ErrorAdvice(Failures failures, Problems problems, LocaleResolver locales) {
        this.failures = failures;
        this.problems = problems;
        this.locales = locales;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView handle(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AuthenticationException || (e instanceof AccessDeniedException && anonymous())) {
            throw e;
        }
        Locale locale = locales.resolveLocale(request);
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Failure failure = e instanceof AccessDeniedException
                ? failures.ofStatus(403, request, locale, incident)
                : failures.of(e, request, locale, incident);
        if (e instanceof RefusedRequestException && failure.status() == 503) {
            // A refusal the application chose (every import slot taken): worth a line, not an incident.
            LOG.warn("Refused {} {} with 503: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        } else if (failure.status() >= 500) {
            LOG.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        }
        return answer(failure, request, response, locale, problems);
    }

    /** Problem details on the API, else the error page with the status and its sentence. */
    static ModelAndView answer(
            Failure failure, HttpServletRequest request, HttpServletResponse response, Locale locale, Problems problems)
            throws Exception {
        if (Problems.isApi(request)) {
            problems.write(failure, request, response, locale);
            return null;
        }
        failure.headers().forEach(response::setHeader);
        var page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(failure.status()));
        page.addObject("status", failure.status());
        page.addObject("detail", failure.detail());
        return page;
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || TRUST.isAnonymous(auth);
    }
}
