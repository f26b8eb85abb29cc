package org.symbiose.synergies;

/** Substitution: one's output becomes another's input. Mutualisation: several share a need. */
public enum SynergyKind {
    SUBSTITUTION,
    MUTUALISATION
}
