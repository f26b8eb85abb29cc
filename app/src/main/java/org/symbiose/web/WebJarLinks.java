package org.symbiose.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the version into the WebJars' links of the pages ({@code /webjars/leaflet/dist/leaflet.js}
 * becomes {@code /webjars/leaflet/1.9.4/dist/leaflet.js}) and leaves every other link alone.
 *
 * <p>It replaces Spring's {@link ResourceUrlEncodingFilter}, which Spring Boot installs as soon as a
 * WebJars locator is present: that one asks the resource chain about every link a page writes, and the
 * chain looks each one up in four classpath folders of the packaged jar, finds nothing for
 * {@code /companies/42} and does not remember it. A company directory of 65 companies spent two thirds
 * of its processor time there (docs/performance.md, "The company directory at 200 users"). Only WebJars
 * links have anything to resolve: the pages' own scripts and styles are served under their own name.
 * Being a {@code ResourceUrlEncodingFilter} is what keeps Spring Boot from installing its own.
 */
final class WebJarLinks extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    private final ResourceUrlProvider resources;

    WebJarLinks(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest page && response instanceof HttpServletResponse answer) {
            chain.doFilter(request, new Links(page, answer));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The response whose {@code encodeURL} (what Thymeleaf's {@code @{...}} calls) resolves WebJars links. */
    private final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            if (url.startsWith(request.getContextPath() + WEBJARS)) {
                String versioned = resources.getForRequestUrl(request, url);
                return super.encodeURL(versioned != null ? versioned : url);
            }
            return super.encodeURL(url);
        }
    }
}
