package org.symbiose.ids;

/**
 * What every typed id is: a positive number under a type naming what it identifies. Code written once
 * for several kinds of record (the collective actions' store and pages) takes its ids through this
 * interface and reads the number only where it meets SQL.
 */
public interface EntityId {

    /** The database identity, always positive. */
    long value();
}
