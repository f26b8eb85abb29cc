package org.symbiose.initiatives;

import java.math.BigDecimal;
import java.util.List;

/**
 * Human and financial means ("moyens humains et financiers").
 *
 * @param fte full-time equivalents devoted to the initiative, null when not stated as a number
 * @param fteText how the sheet states it ("0,65 ETP", "92 jours d'animation")
 * @param budgetEur budget in euros, null when unknown
 * @param budgetText how the sheet states it (annual or total)
 */
public record Means(
        BigDecimal fte,
        String fteText,
        BigDecimal budgetEur,
        String budgetText,
        String fundingText,
        List<FundingLine> fundingLines,
        String sustainabilityModel,
        String otherNotes) {

    public static final Means NONE = new Means(null, null, null, null, null, List.of(), null, null);

    public Means {
        Texts.requireNonNegative(fte, "FTE");
        Texts.requireNonNegative(budgetEur, "budget");
        fteText = Texts.optional(fteText);
        budgetText = Texts.optional(budgetText);
        fundingText = Texts.optional(fundingText);
        fundingLines = List.copyOf(fundingLines);
        sustainabilityModel = Texts.optional(sustainabilityModel);
        otherNotes = Texts.optional(otherNotes);
    }
}
