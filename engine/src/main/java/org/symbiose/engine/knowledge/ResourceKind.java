package org.symbiose.engine.knowledge;

import org.symbiose.engine.flow.FlowCategory;

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

    /** The kind a flow's category implies, to settle ambiguous words; null for no category. */
    public static ResourceKind of(FlowCategory category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case MATERIAL, WASTE, BY_PRODUCT -> MATERIAL;
            case WATER -> WATER;
            case ENERGY, HEAT -> ENERGY;
            case SERVICE -> SERVICE;
            case EQUIPMENT -> EQUIPMENT;
            case SPACE -> SPACE;
            case SKILL -> SKILL;
            case LOGISTICS -> LOGISTICS;
            case PURCHASE -> PURCHASE;
        };
    }

    /** Exchanged between sites (substitution); the others are shared needs (mutualisation). */
    public boolean isPhysical() {
        return this == MATERIAL || this == WATER || this == ENERGY;
    }
}
