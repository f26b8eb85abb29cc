package org.symbiose.initiatives;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every initiative as last read, shared by all requests: the home page, each sheet, the API and the
 * PDFs read initiatives on every call, and a network has tens of them, rarely edited. The cache
 * holds the same data for every role (access is checked by callers on what it returns).
 *
 * <p>Invalidation is by generation: a save bumps it (again after its transaction commits), and a
 * snapshot read under an older generation is never served nor kept, so a reader that started before
 * a save cannot put the old state back.
 */
final class InitiativeCache {

    private record Snapshot(long generation, List<Initiative> all) {}

    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    /** The cached initiatives, or those the loader reads now when a save made the cache stale. */
    List<Initiative> all(Supplier<List<Initiative>> loader) {
        long seen = generation.get();
        Snapshot snapshot = current.get();
        if (snapshot != null && snapshot.generation() == seen) {
            return snapshot.all();
        }
        List<Initiative> loaded = List.copyOf(loader.get());
        var fresh = new Snapshot(seen, loaded);
        // Kept only if nothing was saved while loading, and only over an older snapshot.
        if (generation.get() == seen) {
            current.accumulateAndGet(
                    fresh,
                    (old, candidate) -> old == null || old.generation() < candidate.generation() ? candidate : old);
        }
        return loaded;
    }

    /**
     * Forgets the snapshot now and, inside a transaction, again once it commits: between the two, a
     * reader may see the rows before the commit, and must not keep them.
     */
    void invalidate() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }
}
