package org.symbiose.purchasing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.impacts.FiguresService;

/**
 * Writes group purchases: each write is kept in the change log with who and when, and makes the
 * computed figures (group purchases, companies engaged) be counted again.
 */
@Service
class PurchaseService {

    private final GroupPurchaseRepository purchases;
    private final PurchaseChanges changes;
    private final FiguresService figures;
    private final Clock clock;

    PurchaseService(GroupPurchaseRepository purchases, PurchaseChanges changes, FiguresService figures, Clock clock) {
        this.purchases = purchases;
        this.changes = changes;
        this.figures = figures;
        this.clock = clock;
    }

    List<GroupPurchase> list(long initiativeId) {
        return purchases.listByInitiative(initiativeId);
    }

    Optional<GroupPurchase> find(long initiativeId, long id) {
        return id <= 0 ? Optional.empty() : purchases.find(initiativeId, id);
    }

    List<PurchaseChange> changes(long initiativeId) {
        return changes.latest(initiativeId);
    }

    /** The version a change or deletion must name, -1 when there is no such record any more. */
    int version(long initiativeId, long id) {
        return purchases.version(initiativeId, id).orElse(-1);
    }

    @Transactional
    long create(GroupPurchase purchase, String actor) {
        long id = purchases.insert(purchase);
        log(purchase, actor, PurchaseChange.Action.CREATED);
        return id;
    }

    /** False when the initiative has no such operation at that version (then nothing is written). */
    @Transactional
    boolean update(GroupPurchase purchase, int version, String actor) {
        if (!purchases.update(purchase, version)) {
            return false;
        }
        log(purchase, actor, PurchaseChange.Action.UPDATED);
        return true;
    }

    /** False when the initiative has no such operation at that version (then nothing is written). */
    @Transactional
    boolean delete(GroupPurchase purchase, int version, String actor) {
        if (!purchases.delete(purchase.initiativeId(), purchase.id(), version)) {
            return false;
        }
        log(purchase, actor, PurchaseChange.Action.DELETED);
        return true;
    }

    private void log(GroupPurchase purchase, String actor, PurchaseChange.Action action) {
        changes.record(purchase.initiativeId(), actor, action, purchase.title(), clock.instant());
        figures.forgetAll();
    }
}
