package org.symbiose.synergies;

/**
 * What a company does in a synergy: gives the resource, takes it, or shares a need with the others (a
 * mutualisation's members, and any company added by hand without a more precise role).
 */
public enum ParticipantRole {
    SUPPLIER,
    RECEIVER,
    PARTNER
}
