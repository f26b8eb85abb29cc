package org.symbiose.initiatives;

/** Kind of organisation that carries an initiative ("structure porteuse"). */
public enum CarrierType {
    BUSINESS_PARK_ASSOCIATION,
    BUSINESS_CLUB,
    CHAMBER,
    INTER_MUNICIPAL_BODY,
    SECTOR_ASSOCIATION,
    OTHER
}
