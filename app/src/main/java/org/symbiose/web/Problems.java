package org.symbiose.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Failure} as the API's problem details, in the caller's language. Shared by the MVC
 * error handling and by the API's security chain, which answers 401 and 403 before any controller runs.
 */
@Component
public class Problems {

    private static final String API = "/api/";

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * Whether the request (or, on the container's error dispatch, the request that failed) is one of the
     * HTTP API's, which answer problem details rather than pages.
     */
    public static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(API);
    }

    /** The path asked for, without the context path: the failed request's on an error dispatch. */
    static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    Problem problem(Failure failure, HttpServletRequest request, Locale locale) {
        int status = failure.status();
        String title = messages.getMessage("problem.title." + status, null, null, locale);
        if (title == null) {
            title = messages.getMessage("problem.title.other", new Object[] {status}, locale);
        }
        return new Problem(
                ProblemKind.typeOf(status, !failure.errors().isEmpty()),
                title,
                status,
                failure.detail(),
                path(request),
                failure.errors());
    }

    /** Answers the failure as {@code application/problem+json}, whatever the request accepted. */
    void write(Failure failure, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] body = json.writeValueAsBytes(problem(failure, request, locale));
        response.resetBuffer();
        response.setStatus(failure.status());
        failure.headers().forEach(response::setHeader);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.getLanguage());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
