package org.symbiose.engine.flow;

import java.util.Locale;

/** Category of a flow, as in the exchange format's {@code category} column. */
public enum FlowCategory {
    MATERIAL,
    WASTE,
    BY_PRODUCT,
    WATER,
    ENERGY,
    HEAT,
    SERVICE,
    EQUIPMENT,
    SPACE,
    SKILL,
    LOGISTICS,
    PURCHASE;

    public static FlowCategory parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown flow category: " + text, e);
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
