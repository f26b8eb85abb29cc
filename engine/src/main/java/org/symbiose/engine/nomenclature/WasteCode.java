package org.symbiose.engine.nomenclature;

import java.util.Objects;

/**
 * A heading or entry of the European List of Waste (Decision 2000/532/EC, annexe II of article R. 541-8 of the
 * French code de l'environnement).
 *
 * @param code digits only, no spaces and no asterisk: "15", "1501", "150103"
 * @param display the official form: "15 01 03", "16 01 04*" (the asterisk marks a hazardous entry)
 * @param chapter the 2-digit chapter code
 * @param subChapter the 4-digit sub-chapter code; null for a chapter
 * @param hazardous whether the entry carries the official asterisk; always false for chapters and sub-chapters
 * @param labelFr the official French title (chapter titles in capitals, as in the legal text)
 * @param labelEn the English title
 */
public record WasteCode(
        String code,
        String display,
        Level level,
        String chapter,
        String subChapter,
        boolean hazardous,
        String labelFr,
        String labelEn) {

    /** Depth in the list: only entries (6 digits) may be written on a waste tracking form. */
    public enum Level {
        CHAPTER,
        SUB_CHAPTER,
        ENTRY
    }

    public WasteCode {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
        int digits = switch (level) {
            case CHAPTER -> 2;
            case SUB_CHAPTER -> 4;
            case ENTRY -> 6;
        };
        if (code == null || !code.matches("\\d{" + digits + "}")) {
            throw new IllegalArgumentException("A waste " + level + " code has " + digits + " digits: " + code);
        }
        if (hazardous != (display.endsWith("*"))) {
            throw new IllegalArgumentException("Hazard flag and asterisk disagree for " + display);
        }
        if (level != Level.CHAPTER && subChapter == null) {
            throw new IllegalArgumentException("Missing sub-chapter for " + display);
        }
    }

    public boolean isEntry() {
        return level == Level.ENTRY;
    }
}
