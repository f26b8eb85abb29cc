package org.symbiose.purchasing;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Group-purchasing operations and their participants. */
@Repository
public class GroupPurchaseRepository {

    private final JdbcClient jdbc;

    GroupPurchaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupPurchase> listByInitiative(long initiativeId) {
        Map<Long, List<Long>> participants = links(
                "select p.group_purchase_id, p.company_id from group_purchase_participant p"
                        + " join group_purchase g on g.id = p.group_purchase_id where g.initiative_id = ?"
                        + " order by p.company_id",
                initiativeId);
        return jdbc.sql("select * from group_purchase where initiative_id = ? order by launched_on")
                .param(initiativeId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new GroupPurchase(
                            id,
                            rs.getLong("initiative_id"),
                            rs.getString("title"),
                            PurchaseCategory.valueOf(rs.getString("category")),
                            rs.getDate("launched_on").toLocalDate(),
                            rs.getString("notes"),
                            participants.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Link rows grouped by owner, read before the owners so that no query runs inside another. */
    private Map<Long, List<Long>> links(String sql, long initiativeId) {
        var result = new HashMap<Long, List<Long>>();
        jdbc.sql(sql).param(initiativeId).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return result;
    }

    @Transactional
    public long insert(GroupPurchase purchase) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into group_purchase (initiative_id, title, category, launched_on, notes) values (?, ?, ?, ?, ?)")
                .params(
                        purchase.initiativeId(),
                        purchase.title(),
                        purchase.category().name(),
                        Date.valueOf(purchase.launchedOn()),
                        purchase.notes())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long company : purchase.participantCompanyIds()) {
            jdbc.sql("insert into group_purchase_participant (group_purchase_id, company_id) values (?, ?)")
                    .params(id, company)
                    .update();
        }
        return id;
    }
}
