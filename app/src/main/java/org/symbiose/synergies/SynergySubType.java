package org.symbiose.synergies;

/** What a synergy exchanges or shares. */
public enum SynergySubType {
    MATERIAL,
    WATER,
    ENERGY,
    GROUP_PURCHASING,
    SHARED_COLLECTION,
    SHARED_EQUIPMENT,
    SHARED_SERVICE,
    SHARED_JOB,
    INFRASTRUCTURE,
    OTHER
}
