package org.symbiose.ids;

import java.io.Serializable;

/**
 * What every typed id is: a positive number under a type naming what it identifies. Code written once
 * for several kinds of record (the collective actions' store and pages) takes its ids through this
 * interface and reads the number only where it meets SQL. Serializable because the principal
 * ({@code accounts.SymbioseUser}, which the HTTP session may keep) holds ids.
 */
public interface EntityId extends Serializable {

    /** The database identity, always positive. */
    long value();
}
