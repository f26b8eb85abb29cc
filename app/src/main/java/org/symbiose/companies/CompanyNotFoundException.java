package org.symbiose.companies;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.symbiose.ids.CompanyId;

/** No company with that id; the web layer answers 404, naming the id. */
public class CompanyNotFoundException extends ErrorResponseException {

    public CompanyNotFoundException(CompanyId id) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No company " + id.value()),
                null,
                "problem.detail.companyNotFound",
                new Object[] {String.valueOf(id.value())});
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
