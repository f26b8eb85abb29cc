package org.symbiose.companies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No company with that id; the web layer answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CompanyNotFoundException extends RuntimeException {

    public CompanyNotFoundException(CompanyId id) {
        super("No company " + id.value());
    }
}
