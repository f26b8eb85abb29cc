package org.symbiose.imports;

import org.springframework.http.HttpStatus;
import org.symbiose.web.RefusedRequestException;

/** The initiative's companies or flows changed between the preview and its confirmation: nothing is written. */
class ImportConflictException extends RefusedRequestException {

    ImportConflictException() {
        super(HttpStatus.CONFLICT, "imports.conflict");
    }
}
