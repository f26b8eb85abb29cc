package org.symbiose.reports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * PDFs already rendered, keyed by exactly what they show: which initiatives at which version, in
 * which language, with the figures of which generation. Two readers who may see the same initiatives
 * get the same bytes; one who may see more gets another key, so nothing confidential is served to
 * someone who could not read it. Bounded in bytes: past the budget, everything is dropped and
 * rebuilt on demand (the working set is a few sheets and one or two compendiums).
 */
final class RenderedPdfs {

    static final long BUDGET_BYTES = 64L * 1024 * 1024;

    /** One initiative at one version. */
    record Shown(long initiativeId, int version) {}

    record Key(String template, List<Shown> shown, String languageTag, long figuresGeneration) {
        Key {
            shown = List.copyOf(shown);
        }
    }

    private final Map<Key, byte[]> pdfs = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** The PDF for this key, rendered now (outside any lock) when not kept yet. */
    byte[] get(Key key, Supplier<byte[]> render) {
        byte[] kept = pdfs.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] fresh = render.get();
        if (bytes.addAndGet(fresh.length) > BUDGET_BYTES) {
            pdfs.clear();
            bytes.set(fresh.length);
        }
        if (pdfs.putIfAbsent(key, fresh) != null) {
            bytes.addAndGet(-fresh.length);
        }
        return fresh;
    }

    int size() {
        return pdfs.size();
    }
}
