package org.symbiose.initiatives;

import java.math.BigDecimal;

/**
 * One line of the initiative's funding.
 *
 * @param amountEur amount in euros, null when only a share is known
 * @param sharePct share of the budget in percent, null when unknown
 */
public record FundingLine(String funder, BigDecimal amountEur, BigDecimal sharePct) {

    public FundingLine {
        funder = Texts.required(funder, "funder");
        Texts.requireNonNegative(amountEur, "amount");
        Texts.requireNonNegative(sharePct, "share");
        if (sharePct != null && sharePct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("share above 100 %: " + sharePct);
        }
    }
}
