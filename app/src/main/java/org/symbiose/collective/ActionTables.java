package org.symbiose.collective;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;

/**
 * What the repositories of collective actions do alike over the tables their feature owns and names:
 * the actions' table (columns {@code id, initiative_id, version}) and the table linking each action to
 * the companies taking part ({@code <action column>, company_id}). Each feature's repository subclasses
 * it and writes the SQL of its own columns.
 *
 * @param <I> the actions' id type, read from the id column with the function the subclass gives
 */
public abstract class ActionTables<I extends EntityId> {

    private final JdbcClient jdbc;
    private final String table;
    private final String links;
    private final String linkColumn;
    private final LongFunction<I> ids;

    /**
     * @param table the actions' table ("event")
     * @param links the table of the companies taking part ("event_attendance")
     * @param linkColumn its column naming the action ("event_id")
     * @param ids the id of a number read from the id columns ({@code EventId::new})
     */
    protected ActionTables(JdbcClient jdbc, String table, String links, String linkColumn, LongFunction<I> ids) {
        for (String name : List.of(table, links, linkColumn)) {
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a table or column name: " + name);
            }
        }
        this.jdbc = jdbc;
        this.table = table;
        this.links = links;
        this.linkColumn = linkColumn;
        this.ids = ids;
    }

    /** The version a change or deletion must name; empty when the initiative has no such action. */
    public Optional<Integer> version(InitiativeId initiativeId, I id) {
        return jdbc.sql("select version from " + table + " where id = ? and initiative_id = ?")
                .params(id.value(), initiativeId.value())
                .query(Integer.class)
                .optional();
    }

    /** Deletes an action and its companies if still at that version; false otherwise (nothing deleted). */
    @Transactional
    public boolean delete(InitiativeId initiativeId, I id, int version) {
        return jdbc.sql("delete from " + table + " where id = ? and initiative_id = ? and version = ?")
                        .params(id.value(), initiativeId.value(), version)
                        .update()
                > 0;
    }

    /** Ids of the companies that took part in at least one of the initiative's actions. */
    protected Set<CompanyId> companiesTakingPart(InitiativeId initiativeId) {
        return Set.copyOf(jdbc.sql("select distinct l.company_id from " + links + " l join " + table + " a on a.id = l."
                        + linkColumn + " where a.initiative_id = ?")
                .param(initiativeId.value())
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list());
    }

    /** The companies of each of an initiative's actions, read before the actions (no query in another). */
    protected Map<I, List<CompanyId>> companiesByAction(InitiativeId initiativeId) {
        return grouped(
                "select l." + linkColumn + ", l.company_id from " + links + " l join " + table + " a on a.id = l."
                        + linkColumn + " where a.initiative_id = ? order by l.company_id",
                initiativeId.value());
    }

    /** The companies of one action, keyed by its id as {@link #companiesByAction} gives them. */
    protected Map<I, List<CompanyId>> companiesOf(I id) {
        return grouped(
                "select " + linkColumn + ", company_id from " + links + " where " + linkColumn + " = ?"
                        + " order by company_id",
                id.value());
    }

    /** Records the companies taking part in a new action. */
    protected void insertCompanies(I id, List<CompanyId> companies) {
        for (CompanyId company : companies) {
            jdbc.sql("insert into " + links + " (" + linkColumn + ", company_id) values (?, ?)")
                    .params(id.value(), company.value())
                    .update();
        }
    }

    /** Replaces the companies taking part in a changed action. */
    protected void replaceCompanies(I id, List<CompanyId> companies) {
        jdbc.sql("delete from " + links + " where " + linkColumn + " = ?")
                .param(id.value())
                .update();
        insertCompanies(id, companies);
    }

    private Map<I, List<CompanyId>> grouped(String sql, long key) {
        var result = new HashMap<I, List<CompanyId>>();
        jdbc.sql(sql).param(key).query(rs -> {
            result.computeIfAbsent(ids.apply(rs.getLong(1)), k -> new ArrayList<>())
                    .add(new CompanyId(rs.getLong(2)));
        });
        return result;
    }
}
