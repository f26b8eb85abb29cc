package org.symbiose.engine.nomenclature;

import java.util.Objects;

/**
 * A level of the French activity nomenclature NAF rév. 2 (INSEE, 2008), the code of a SIRENE establishment's
 * "activité principale exercée". Levels 1 to 4 are the European NACE Rev. 2.
 *
 * @param code INSEE form: "C", "10", "10.7", "10.71", "10.71C"
 * @param parentCode the code one level up; null for a section
 * @param section the section letter, "A" to "U"
 * @param labelFr the INSEE label (section labels in capitals, as INSEE delivers them)
 * @param labelEn the Eurostat NACE Rev. 2 label. NACE has no fifth level and INSEE publishes no English
 *     sub-class labels, so a sub-class carries the label of its class, and {@code labelEnInherited} is true
 * @param labelEnInherited whether {@code labelEn} is the parent class's label rather than the code's own
 */
public record NafCode(
        String code,
        Level level,
        String parentCode,
        String section,
        String labelFr,
        String labelEn,
        boolean labelEnInherited) {

    /** The five NAF levels, from the broadest. */
    public enum Level {
        SECTION,
        DIVISION,
        GROUP,
        CLASS,
        SUB_CLASS
    }

    public NafCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
        if ((parentCode == null) != (level == Level.SECTION)) {
            throw new IllegalArgumentException("Only sections have no parent: " + code);
        }
        if (labelEnInherited != (level == Level.SUB_CLASS)) {
            throw new IllegalArgumentException("Only sub-classes inherit their English label: " + code);
        }
    }
}
