package org.symbiose.imports;

/**
 * The engine's best reading of a flow's label: a resource family and its confidence in (0, 1].
 *
 * @param family the family's id in the taxonomy
 * @param labelFr the family's French name
 * @param labelEn the family's English name
 */
public record LabelReading(String family, String labelFr, String labelEn, double confidence) {

    /** The confidence to two decimals, as shown ("confiance 0,85"). */
    public double roundedConfidence() {
        return Math.round(confidence * 100) / 100.0;
    }

    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
