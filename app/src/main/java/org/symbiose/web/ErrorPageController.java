package org.symbiose.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error page ({@code /error}), in place of Spring Boot's: errors raised outside
 * the controllers (a URL the firewall rejects, a denial by the security chain, an exception while a page
 * renders) get the same answer as the others, problem details on the API and the error page elsewhere.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageController.class);

    private final Failures failures;
    private final Problems problems;
    private final LocaleResolver locales;
    private final ErrorAttributes errors;

    ErrorPageController(Failures failures, Problems problems, LocaleResolver locales, ErrorAttributes errors) {
        this.failures = failures;
        this.problems = problems;
        this.locales = locales;
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Locale locale = locales.resolveLocale(request);
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is a page like any other that does not exist.
        int status = code instanceof Integer given ? given : 404;
        Throwable cause = errors.getError(new ServletWebRequest(request));
        Failure failure = cause instanceof Exception e && status >= 500
                ? failures.of(e, request, locale, incident)
                : failures.ofStatus(status, request, locale, incident);
        if (failure.status() >= 500) {
            LOG.error("Incident {} on {}", incident, Problems.path(request), cause);
        }
        return ErrorAdvice.answer(failure, request, response, locale, problems);
    }
}
