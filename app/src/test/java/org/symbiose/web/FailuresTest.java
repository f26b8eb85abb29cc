package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** How exceptions read as failures, on the real message bundles. */
class FailuresTest {

    final Failures failures = new Failures(bundles());

    static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages-edit");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void anUnforeseenExceptionIsA500ThatQuotesTheIncidentAndNothingOfTheException() {
        var request = new MockHttpServletRequest("GET", "/api/v1/initiatives");
        Failure failure = failures.of(
                new IllegalStateException("password=hunter2 at org.symbiose.Secret"),
                request,
                Locale.FRENCH,
                "ab12cd34");

        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.detail())
                .isEqualTo("Une erreur inattendue est survenue\u00a0; elle a été consignée sous la référence ab12cd34.")
                .doesNotContain("hunter2");
        assertThat(failures.of(new IllegalStateException("x"), request, Locale.ENGLISH, "ab12cd34")
                        .detail())
                .isEqualTo("Something unexpected went wrong; it was logged under the reference ab12cd34.");
    }

    @Test
    void aRefusalFromTheBundlesIsInTheReadersLanguage() {
        var request = new MockHttpServletRequest("GET", "/api/v1/nomenclatures/naf/00");
        var refused = new RefusedRequestException(
                org.springframework.http.HttpStatus.NOT_FOUND, "problem.detail.unknownNafCode", "00");

        assertThat(failures.of(refused, request, Locale.ENGLISH, "").detail()).isEqualTo("No NAF code reads \"00\".");
        assertThat(failures.of(refused, request, Locale.FRENCH, "").status()).isEqualTo(404);
    }

    @Test
    void anInvalidParameterIsNamedWithItsMessage() {
        var request = new MockHttpServletRequest("GET", "/api/v1/nomenclatures/waste");
        Failure failure = failures.of(
                new InvalidParameterException("limit", "problem.parameter.range", 1, 100, "0"),
                request,
                Locale.ENGLISH,
                "");

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.errors())
                .containsExactly(
                        new Problem.FieldError("limit", "Parameter \"limit\" must be between 1 and 100; got \"0\"."));
    }

    @Test
    void theApiAcceptsFrenchOrEnglishAndFallsBackToFrench() {
        assertThat(LanguageResolver.accepted(null)).isEqualTo(Locale.FRENCH);
        assertThat(LanguageResolver.accepted("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageResolver.accepted("de-DE, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageResolver.accepted("de-DE")).isEqualTo(Locale.FRENCH);
        assertThat(LanguageResolver.accepted("en;q=zzz")).isEqualTo(Locale.FRENCH);
        assertThat(LanguageResolver.accepted("fr-CA, en")).isEqualTo(Locale.FRENCH);
    }
}
