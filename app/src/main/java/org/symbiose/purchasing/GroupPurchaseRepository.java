package org.symbiose.purchasing;

import java.sql.Date;
import java.util.List;
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
                            jdbc.sql("select company_id from group_purchase_participant where group_purchase_id = ?"
                                            + " order by company_id")
                                    .param(id)
                                    .query(Long.class)
                                    .list());
                })
                .list();
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
