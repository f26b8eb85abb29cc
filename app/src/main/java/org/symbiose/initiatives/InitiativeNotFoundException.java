package org.symbiose.initiatives;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No initiative with that slug or id; the web layer answers 404, naming what was asked for. */
public class InitiativeNotFoundException extends ErrorResponseException {

    public InitiativeNotFoundException(String key) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No initiative " + key),
                null,
                "problem.detail.initiativeNotFound",
                new Object[] {key});
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
