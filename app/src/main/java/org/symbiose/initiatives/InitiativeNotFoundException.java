package org.symbiose.initiatives;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No initiative with that slug or id; the web layer answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InitiativeNotFoundException extends RuntimeException {

    public InitiativeNotFoundException(String key) {
        super("No initiative " + key);
    }
}
