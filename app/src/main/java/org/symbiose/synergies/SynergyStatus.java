package org.symbiose.synergies;

/**
 * Where a synergy stands: "en perspective" -> "en cours" -> "réalisée", or "abandonnée" with a reason
 * from either of the first two.
 */
public enum SynergyStatus {
    PERSPECTIVE,
    IN_PROGRESS,
    REALISED,
    ABANDONED
}
