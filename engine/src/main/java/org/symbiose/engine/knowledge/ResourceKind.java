package org.symbiose.engine.knowledge;

/** What sort of resource a family is: matter, water, energy, or a need for a service, equipment... */
public enum ResourceKind {
    MATERIAL,
    WATER,
    ENERGY,
    SERVICE,
    EQUIPMENT,
    SPACE,
    SKILL,
    PURCHASE,
    LOGISTICS;

    /** Exchanged between sites (substitution); the others are shared needs (mutualisation). */
    public boolean isPhysical() {
        return this == MATERIAL || this == WATER || this == ENERGY;
    }
}
