package org.symbiose.companies;

/**
 * Another request recorded the same SIRET in the initiative between the check and the write: the
 * database's unique constraint refused the write (V11). Nothing was saved; the caller shows the same
 * error on {@code siret} as when the check sees it ({@link CompanyEditing#rejectTaken}).
 */
public class SiretTakenException extends RuntimeException {

    public SiretTakenException(Throwable cause) {
        super("SIRET taken in between", cause);
    }
}
