package org.symbiose.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed form login goes back to the login page; when logins are refused for repeated failures,
 * the page says so and when to try again ({@code /login?blocked}), instead of a silent refusal.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final Clock clock;

    LoginFailureHandler(Clock clock) {
        super("/login?error");
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof LoginThrottledException throttled) {
            request.getSession()
                    .setAttribute(LoginRefusal.SESSION_ATTRIBUTE, LoginRefusal.until(throttled.retryAt(), clock));
            getRedirectStrategy().sendRedirect(request, response, "/login?blocked");
            return;
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
