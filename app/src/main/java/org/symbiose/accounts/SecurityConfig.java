package org.symbiose.accounts;

import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.symbiose.web.ApiSecurityProblems;

/**
 * Who may reach what. Pages use form login with CSRF protection; the API uses HTTP Basic and is
 * stateless. Coarse rules live here; per-initiative and per-company scope is checked by
 * {@link AccessPolicy} where the data is loaded.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    private static final String REALM = "Symbiose";
    private static final String POLICY_HEADER = "Content-Security-Policy";

    static final String[] PUBLIC_PAGES = {
        "/",
        "/initiatives/*",
        "/initiatives/*/sheet.pdf",
        "/compendium.pdf",
        "/network/dashboard",
        "/sources",
        "/login",
        "/error",
        "/css/**",
        "/js/**",
        "/img/**",
        "/fonts/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    static final String[] PUBLIC_API = {
        "/api/v1/initiatives",
        "/api/v1/initiatives/*",
        "/api/v1/initiatives/*/sheet.pdf",
        "/api/v1/network/**",
        "/api/v1/nomenclatures/**"
    };

    /**
     * Pages load scripts, styles, fonts and data from Symbiose itself; the only outside resource is
     * the optional map background (OpenStreetMap tiles, images). No inline script or style is
     * allowed: a name typed by a user can never run as code, even if a template forgot to escape it.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Swagger UI (the API's documentation, no user data but the answers one tries) sets inline
     * styles from its bundled script: styles only are allowed inline there, never scripts.
     */
    static final String API_DOCS_POLICY = PAGE_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    /** The API answers data, never a document to render: nothing may load, nothing may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ThrottledAuthenticationProvider throttle,
            MessageSource messages,
            Clock clock,
            ApiSecurityProblems problems)
            throws Exception {
        // 401 and 403 as problem details, like every other error of the API; 429 when throttled.
        var entryPoint = new ThrottledBasicEntryPoint(problems, messages, clock);
        http.securityMatcher("/api/**")
                .authenticationManager(authentication(throttle))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_API)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic: the session cookie is never read here (the security context
                // lives in the request only), so a browser cannot be made to act on the API with
                // its cookie and no CSRF token is needed (ApiIgnoresSessionTest).
                .csrf(csrf -> csrf.disable())
                .headers(headers -> securityHeaders(headers, API_POLICY));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ThrottledAuthenticationProvider throttle, Clock clock)
            throws Exception {
        http.authenticationManager(authentication(throttle))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/error", "/invitation/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(new LoginFailureHandler(clock))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> {
                    securityHeaders(headers, null);
                    RequestMatcher apiDocs =
                            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
                    headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            apiDocs, new StaticHeadersWriter(POLICY_HEADER, API_DOCS_POLICY)));
                    headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(apiDocs), new StaticHeadersWriter(POLICY_HEADER, PAGE_POLICY)));
                });
        return http.build();
    }

    /** Only the throttled password check: no fallback manager that would skip the throttle. */
    private static AuthenticationManager authentication(ThrottledAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /** @param policy the Content-Security-Policy, or null when the caller writes it per path */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
        // Spring Security already sends X-Content-Type-Options: nosniff and Cache-Control by default.
        if (policy != null) {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy));
        }
        headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts) {
        return username -> accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account " + username));
    }

    /** The login throttle in front of the password check, for the form and HTTP Basic alike. */
    @Bean
    ThrottledAuthenticationProvider throttledAuthentication(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }
}
