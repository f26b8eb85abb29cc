package org.symbiose.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers with, one per status it uses, and their {@code type} URIs. The
 * URIs are names, not addresses: a client compares them, nobody dereferences them (docs/decisions/0008).
 */
enum ProblemKind {
    VALIDATION(HttpStatus.BAD_REQUEST),
    BAD_REQUEST(HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private static final String PREFIX = "urn:symbiose:problem:";

    final HttpStatus status;

    ProblemKind(HttpStatus status) {
        this.status = status;
    }

    String type() {
        return PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type of a status: its kind's, or {@code about:blank} (the status says it all) for others. */
    static String typeOf(int status, boolean withErrors) {
        if (status == 400) {
            return (withErrors ? VALIDATION : BAD_REQUEST).type();
        }
        for (ProblemKind kind : values()) {
            if (kind.status.value() == status && kind != VALIDATION) {
                return kind.type();
            }
        }
        return "about:blank";
    }
}
