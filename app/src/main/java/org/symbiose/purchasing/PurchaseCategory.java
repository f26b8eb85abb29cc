package org.symbiose.purchasing;

/** What a group-purchasing operation buys. */
public enum PurchaseCategory {
    PPE,
    ENERGY,
    OFFICE_SUPPLIES,
    WASTE_COLLECTION,
    CLEANING,
    OTHER
}
