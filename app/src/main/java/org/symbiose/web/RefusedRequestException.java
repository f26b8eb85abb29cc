package org.symbiose.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused with a 4xx status and a sentence from the message bundles, so that the caller reads
 * it in their language: the API as problem details, the pages on the error page.
 */
public class RefusedRequestException extends ErrorResponseException {

    /**
     * @param messageCode a key of messages.properties
     * @param arguments its arguments
     */
    public RefusedRequestException(HttpStatus status, String messageCode, Object... arguments) {
        super(status, ProblemDetail.forStatus(status), null, messageCode, arguments.clone());
    }

    @Override
    public String getMessage() {
        return getStatusCode() + " " + getDetailMessageCode();
    }
}
