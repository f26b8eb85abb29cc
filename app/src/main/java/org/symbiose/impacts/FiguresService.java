package org.symbiose.impacts;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Computes an initiative's figures from its records. The rules, one per metric, are documented in
 * docs/methodology.md; they never read the declared key figures.
 */
@Service
public class FiguresService {

    private static final String DIAGNOSTICS = """
            select count(*) from flow_diagnostic d join company c on c.id = d.company_id
            where c.initiative_id = :id""";

    private record Cached(long generation, ComputedFigures figures) {}

    private final JdbcClient jdbc;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    FiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Figures of one initiative, as last computed: the home page shows every published initiative's
     * figures (a dozen counts each) on every visit, and they change only when an initiative's
     * companies, flows, synergies or events are written. Whoever writes those calls
     * {@link #forgetAll()}. The figures are the same for every role; callers check access first.
     */
    public ComputedFigures compute(long initiativeId) {
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
     * Figures of one initiative. Company-based figures (companies, diagnostics, workshops, group
     * purchases) are given only when the initiative keeps its companies on the platform: a zero would
     * otherwise read as "none" instead of "not recorded here".
     */
    ComputedFigures computeNow(long initiativeId) {
        var values = new EnumMap<Metric, BigDecimal>(Metric.class);
        if (count("select count(*) from company where initiative_id = :id", initiativeId)
                        .signum()
                > 0) {
            putCompanyFigures(values, initiativeId);
        }
        values.put(
                Metric.SYNERGIES_IDENTIFIED,
                count("select count(*) from synergy where initiative_id = :id", initiativeId));
        values.put(
                Metric.SYNERGIES_REALISED,
                count("select count(*) from synergy where initiative_id = :id and status = 'REALISED'", initiativeId));
        values.put(
                Metric.SYNERGIES_IN_PROGRESS,
                count(
                        "select count(*) from synergy where initiative_id = :id and status = 'IN_PROGRESS'",
                        initiativeId));
        values.put(Metric.TONNES_VALORISED, tonnesValorised(initiativeId));
        values.put(
                Metric.CO2_AVOIDED_T,
                jdbc.sql("""
                        select coalesce(sum(co2_avoided_t), 0) from synergy
                        where initiative_id = :id and status = 'REALISED'""")
                        .param("id", initiativeId)
                        .query(BigDecimal.class)
                        .single()
                        .stripTrailingZeros());
        return new ComputedFigures(values);
    }

    private void putCompanyFigures(EnumMap<Metric, BigDecimal> values, long initiativeId) {
        values.put(Metric.COMPANIES_ENGAGED, count("""
                select count(*) from company c where c.initiative_id = :id and (
                  exists (select 1 from flow_diagnostic d where d.company_id = c.id)
                  or exists (select 1 from synergy_participant p where p.company_id = c.id)
                  or exists (select 1 from event_attendance a where a.company_id = c.id)
                  or exists (select 1 from group_purchase_participant g where g.company_id = c.id))""", initiativeId));
        values.put(
                Metric.MEMBER_COMPANIES,
                count("select count(*) from company where initiative_id = :id and member = true", initiativeId));
        values.put(Metric.DIAGNOSTICS, count(DIAGNOSTICS, initiativeId));
        values.put(Metric.DIAGNOSTICS_FULL, count(DIAGNOSTICS + " and d.kind = 'FULL'", initiativeId));
        values.put(Metric.DIAGNOSTICS_FLASH, count(DIAGNOSTICS + " and d.kind = 'FLASH'", initiativeId));
        values.put(Metric.DIAGNOSTICS_BIOWASTE, count(DIAGNOSTICS + " and d.theme = 'BIOWASTE'", initiativeId));
        values.put(Metric.DIAGNOSTICS_PALLETS, count(DIAGNOSTICS + " and d.theme = 'PALLETS'", initiativeId));
        values.put(
                Metric.GROUP_PURCHASES,
                count("select count(*) from group_purchase where initiative_id = :id", initiativeId));
        values.put(
                Metric.WORKSHOPS,
                count("select count(*) from event where initiative_id = :id and kind = 'WORKSHOP'", initiativeId));
    }

    /** Realised synergies' quantities declared in t/an or kt/an, in tonnes per year. */
    private BigDecimal tonnesValorised(long initiativeId) {
        record Row(BigDecimal quantity, String unit) {}
        List<Row> rows = jdbc.sql("""
                        select quantity, quantity_unit from synergy
                        where initiative_id = :id and status = 'REALISED' and quantity is not null""")
                .param("id", initiativeId)
                .query((rs, n) -> new Row(rs.getBigDecimal(1), rs.getString(2)))
                .list();
        BigDecimal total = BigDecimal.ZERO;
        for (Row row : rows) {
            total = total.add(row.quantity().multiply(tonnesPerUnit(row.unit())));
        }
        return total.stripTrailingZeros();
    }

    /** Tonnes in one unit of a yearly mass ("t/an", "kt/an"); zero for other dimensions (m³, MWh...). */
    static BigDecimal tonnesPerUnit(String unit) {
        if (unit == null) {
            return BigDecimal.ZERO;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (u) {
            case "t/an", "t/year", "t/yr", "t" -> BigDecimal.ONE;
            case "kt/an", "kt/year", "kt/yr", "kt" -> BigDecimal.valueOf(1000);
            default -> BigDecimal.ZERO;
        };
    }

    private BigDecimal count(String sql, long initiativeId) {
        return BigDecimal.valueOf(
                jdbc.sql(sql).param("id", initiativeId).query(Long.class).single());
    }
}
