package org.symbiose.purchasing;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.symbiose.collective.CollectiveActions;
import org.symbiose.ids.PurchaseId;
import org.symbiose.impacts.FiguresService;

/**
 * Writes group purchases: each write is kept in the change log with who and when, and makes the
 * computed figures (group purchases, companies engaged) be counted again.
 */
@Service
class PurchaseService extends CollectiveActions<PurchaseId, GroupPurchase> {

    PurchaseService(GroupPurchaseRepository purchases, PurchaseChanges changes, FiguresService figures, Clock clock) {
        super(purchases, changes, figures, clock);
    }
}
