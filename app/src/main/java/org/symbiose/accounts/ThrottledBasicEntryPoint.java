package org.symbiose.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP Basic refused for repeated failures answers 429 Too Many Requests with Retry-After and a
 * problem-details body saying when to retry (French, or English by Accept-Language); every other
 * authentication failure goes to the delegate (the API's 401).
 */
class ThrottledBasicEntryPoint implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuthenticationEntryPoint delegate;
    private final MessageSource messages;
    private final Clock clock;

    ThrottledBasicEntryPoint(AuthenticationEntryPoint delegate, MessageSource messages, Clock clock) {
        this.delegate = delegate;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof LoginThrottledException throttled)) {
            delegate.commence(request, response, failure);
            return;
        }
        LoginRefusal refusal = LoginRefusal.until(throttled.retryAt(), clock);
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.FRENCH : request.getLocale();
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("login.blocked.title", null, locale));
        problem.put("status", 429);
        problem.put(
                "detail",
                messages.getMessage("login.blocked", new Object[] {refusal.minutes(), refusal.time()}, locale));
        problem.put("retryAfterSeconds", refusal.seconds());
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refusal.seconds()));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
