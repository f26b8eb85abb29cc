package org.symbiose.engine.knowledge;

import java.util.Locale;

/**
 * The level of a pathway in the waste hierarchy (Directive 2008/98/EC, art. 4; Code de
 * l'environnement, art. L541-1), highest first. Written in {@code pathways.csv}'s {@code hierarchy}
 * column in kebab case. For resources that are not waste (heat, water, co-products), the level says
 * the same of the use: a resource used as it comes is at the level of reuse.
 */
public enum WasteHierarchy {
    /** Prevention and reuse: the thing used again as it is, for the same or another purpose. */
    REUSE("prévention et réemploi", "prevention and reuse"),
    /** Checked, cleaned or repaired to be used again: pallets repaired, drums reconditioned. */
    PREPARATION_FOR_REUSE("préparation en vue de la réutilisation", "preparation for reuse"),
    /** Reprocessed into material: recycling, composting, digestion, backfilling, spreading. */
    RECYCLING("recyclage et valorisation matière", "recycling and material recovery"),
    /** Other recovery, notably energy recovery: burnt as a fuel. */
    OTHER_RECOVERY("autre valorisation, notamment énergétique", "other recovery, including energy recovery"),
    /** Disposal: incineration without recovery, landfill. */
    DISPOSAL("élimination", "disposal");

    private final String labelFr;
    private final String labelEn;

    WasteHierarchy(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The level written {@code text} in the CSV ("other-recovery"); an unknown word is an error naming it. */
    public static WasteHierarchy parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown waste hierarchy level \"" + text + "\"", e);
        }
    }
}
