package org.symbiose.reports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.symbiose.ids.InitiativeId;

/**
 * PDFs already rendered, keyed by exactly what they show: which initiatives at which version, in
 * which language, with the figures of which generation. Two readers who may see the same initiatives
 * get the same bytes; one who may see more gets another key, so nothing confidential is served to
 * someone who could not read it.
 *
 * <p>A PDF asked by several people at once is rendered once: the first renders, the others wait for
 * its bytes. Bounded in bytes: past the budget, everything is dropped and rebuilt on demand (the
 * working set is a few sheets and one or two compendiums).
 */
final class RenderedPdfs {

    static final long BUDGET_BYTES = 64L * 1024 * 1024;

    /** One initiative at one version. */
    record Shown(InitiativeId initiativeId, int version) {}

    record Key(String template, List<Shown> shown, String languageTag, long figuresGeneration) {
        Key {
            shown = List.copyOf(shown);
        }
    }

    private final Map<Key, CompletableFuture<byte[]>> pdfs = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** The PDF for this key, rendered now by this thread (outside any lock) when nobody has yet. */
    byte[] get(Key key, Supplier<byte[]> render) {
        var mine = new CompletableFuture<byte[]>();
        CompletableFuture<byte[]> existing = pdfs.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                // The renderer's own failure (e.g. no slot free): the same answer for its waiters.
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        byte[] fresh;
        try {
            fresh = render.get();
        } catch (RuntimeException | Error e) {
            pdfs.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(fresh);
        if (bytes.addAndGet(fresh.length) > BUDGET_BYTES) {
            pdfs.clear();
            bytes.set(0);
        }
        return fresh;
    }

    int size() {
        return pdfs.size();
    }
}
