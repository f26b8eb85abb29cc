package org.symbiose.companies;

import org.springframework.http.HttpStatus;
import org.symbiose.ids.CompanyId;
import org.symbiose.web.RefusedRequestException;

/**
 * The company was saved by someone else since the editor loaded it: nothing is saved (409), so that
 * no edit silently overwrites another. The form shows itself again with the latest version.
 */
public class CompanyConflictException extends RefusedRequestException {

    public CompanyConflictException(CompanyId id) {
        super(HttpStatus.CONFLICT, "company.error.conflict", String.valueOf(id.value()));
    }
}
