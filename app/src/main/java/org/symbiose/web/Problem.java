package org.symbiose.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error of the HTTP API as RFC 9457 problem details ({@code application/problem+json}). {@code type}
 * is a stable identifier a client can branch on ({@code urn:symbiose:problem:not-found}); {@code title}
 * and {@code detail} are in the caller's language. {@code errors} names each invalid parameter or field
 * with its message, and is absent when the problem is not about the input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** Media type of the body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One invalid input.
     *
     * @param field the request parameter, path variable or form field, as the client named it
     * @param message what is wrong with it, in the caller's language
     */
    public record FieldError(String field, String message) {}
}
