package org.symbiose.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.symbiose.collective.CollectiveAction;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.PurchaseId;

/**
 * A group-purchasing operation ("achat mutualisé") and its participating companies.
 *
 * @param id null until saved
 * @param volume what the whole operation bought, null when not said
 * @param savingsEur savings declared for all participants together, euros per year, null when not said
 * @param participantCompanyIds ids of the companies that joined, all of the same initiative
 */
public record GroupPurchase(
        PurchaseId id,
        InitiativeId initiativeId,
        String title,
        PurchaseCategory category,
        LocalDate launchedOn,
        String notes,
        PurchaseVolume volume,
        BigDecimal savingsEur,
        List<CompanyId> participantCompanyIds)
        implements CollectiveAction<PurchaseId> {

    public GroupPurchase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(launchedOn, "launchedOn");
        if (savingsEur != null && savingsEur.signum() < 0) {
            throw new IllegalArgumentException("savings are zero or more: " + savingsEur);
        }
        participantCompanyIds = List.copyOf(participantCompanyIds);
    }

    /** The same operation under its database id. */
    public GroupPurchase withId(PurchaseId newId) {
        return new GroupPurchase(
                newId, initiativeId, title, category, launchedOn, notes, volume, savingsEur, participantCompanyIds);
    }
}
