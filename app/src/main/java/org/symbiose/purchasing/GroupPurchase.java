package org.symbiose.purchasing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A group-purchasing operation ("achat mutualisé") and its participating companies.
 *
 * @param participantCompanyIds ids of the companies that joined
 */
public record GroupPurchase(
        Long id,
        long initiativeId,
        String title,
        PurchaseCategory category,
        LocalDate launchedOn,
        String notes,
        List<Long> participantCompanyIds) {

    public GroupPurchase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(launchedOn, "launchedOn");
        participantCompanyIds = List.copyOf(participantCompanyIds);
    }
}
