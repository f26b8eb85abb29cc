package org.symbiose.impacts;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Computes an initiative's figures from its records. The rules, one per metric, are documented in
 * docs/methodology.md; they never read the declared key figures. Each feature publishes its part
 * ({@link FigureSource}, {@link CompanyRecords}); this service reads no table itself.
 */
@Service
public class FiguresService {

    private record Cached(long generation, ComputedFigures figures) {}

    private final CompanyRecords companies;
    private final List<FigureSource> sources;
    private final Map<InitiativeId, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    FiguresService(CompanyRecords companies, List<FigureSource> sources) {
        this.companies = companies;
        this.sources = List.copyOf(sources);
    }

    /**
     * Figures of one initiative, as last computed: the home page shows every published initiative's
     * figures (a dozen counts each) on every visit, and they change only when an initiative's
     * companies, flows, synergies or events are written. Whoever writes those calls
     * {@link #forgetAll()}. The figures are the same for every role; callers check access first.
     */
    public ComputedFigures compute(InitiativeId initiativeId) {
        long seen = generation.get();
        Cached cached = cache.get(initiativeId);
        if (cached != null && cached.generation() == seen) {
            return cached.figures();
        }
        ComputedFigures fresh = computeNow(initiativeId);
        if (generation.get() == seen) {
            cache.put(initiativeId, new Cached(seen, fresh));
        }
        return fresh;
    }

    /**
     * Forgets every cached figure now and, inside a transaction, again once it ends (a reader
     * between the write and the commit would otherwise keep the old counts).
     */
    public void forgetAll() {
        generation.incrementAndGet();
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    cache.clear();
                }
            });
        }
    }

    /** A number that changes whenever the figures may have changed: a key part for rendered reports. */
    public long generation() {
        return generation.get();
    }

    /**
     * Figures of one initiative, combined from what each feature publishes. Company-based figures
     * (companies, diagnostics, workshops, group purchases) are given only when the initiative keeps
     * its companies on the platform: a zero would otherwise read as "none" instead of "not recorded
     * here".
     */
    ComputedFigures computeNow(InitiativeId initiativeId) {
        boolean keepsCompanies = companies.count(initiativeId) > 0;
        var values = new EnumMap<Metric, BigDecimal>(Metric.class);
        Set<CompanyId> engaged = new HashSet<>();
        for (FigureSource source : sources) {
            source.figures(initiativeId).forEach((metric, value) -> {
                if (keepsCompanies || !metric.isCompanyBased()) {
                    values.put(metric, value);
                }
            });
            if (keepsCompanies) {
                engaged.addAll(source.engagedCompanies(initiativeId));
            }
        }
        if (keepsCompanies) {
            engaged.retainAll(companies.activeIds(initiativeId));
            values.put(Metric.COMPANIES_ENGAGED, BigDecimal.valueOf(engaged.size()));
            values.put(Metric.MEMBER_COMPANIES, BigDecimal.valueOf(companies.countMembers(initiativeId)));
        }
        return new ComputedFigures(values);
    }
}
