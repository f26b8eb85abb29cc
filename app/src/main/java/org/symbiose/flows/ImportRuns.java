package org.symbiose.flows;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The imports that wrote companies and flows, as their histories name them: "importé le … par …
 * (fichier …)". An import is recorded once, whatever the number of rows it creates, and the rows point to
 * it (docs/decisions/0033). The imports feature owns the record and answers this interface; flows and
 * companies (which depends on flows) ask through it, since imports depends on both.
 */
public interface ImportRuns {

    /** The imports of these ids, by id; an unknown id is left out. */
    Map<Long, ImportRun> find(Collection<Long> ids);

    /**
     * One confirmed import.
     *
     * @param fileName the uploaded file's name, null when the upload gave none
     */
    record ImportRun(long id, Instant at, String username, String displayName, String fileName) {}
}
