package org.symbiose.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The user's language, French unless asked otherwise. Pages follow {@code ?lang=en}, remembered in a
 * cookie (a browser's own language does not switch the site). The API follows {@code Accept-Language},
 * as HTTP clients expect: its errors, and its PDFs, come in the first of French and English asked for.
 */
class LanguageResolver implements LocaleResolver {

    static final Locale DEFAULT = Locale.FRENCH;
    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final CookieLocaleResolver pages = new CookieLocaleResolver("symbiose-lang");

    LanguageResolver() {
        pages.setDefaultLocale(DEFAULT);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Problems.isApi(request)
                ? accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                : pages.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        pages.setLocale(request, response, locale);
    }

    /** The first supported language of an {@code Accept-Language} header; French when none is or it is malformed. */
    static Locale accepted(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? DEFAULT : found;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
