package org.symbiose.web;

import java.util.List;
import java.util.Map;

/**
 * What went wrong with a request, before it is shown as problem details (API) or as the error page:
 * the status, a sentence in the caller's language, the invalid inputs, and headers the status calls
 * for ({@code Allow} with a 405).
 */
record Failure(int status, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {

    Failure {
        errors = List.copyOf(errors);
        headers = Map.copyOf(headers);
    }

    Failure(int status, String detail) {
        this(status, detail, List.of(), Map.of());
    }
}
