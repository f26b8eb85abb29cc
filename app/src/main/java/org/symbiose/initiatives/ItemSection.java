package org.symbiose.initiatives;

/** Bulleted sections of the sheet, stored as ordered items in {@code initiative_item}. */
enum ItemSection {
    OBJECTIVE,
    HIGHLIGHT,
    STRATEGIC_STEERING,
    TECHNICAL_STEERING,
    PARTNER,
    PUBLIC_POLICY,
    ANIMATION_METHOD,
    COMMUNICATION_TOOL
}
