package org.symbiose.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such account, or not one the current user may manage: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(String username) {
        super("no account " + username + " to manage here");
    }
}
