package org.symbiose.purchasing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.collective.ActionStore;
import org.symbiose.collective.ActionTables;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.PurchaseId;

/** Group-purchasing operations and their participants. */
@Repository
public class GroupPurchaseRepository extends ActionTables<PurchaseId>
        implements ActionStore<PurchaseId, GroupPurchase> {

    private final JdbcClient jdbc;

    GroupPurchaseRepository(JdbcClient jdbc) {
        super(jdbc, "group_purchase", "group_purchase_participant", "group_purchase_id", PurchaseId::new);
        this.jdbc = jdbc;
    }

    /** The operations of an initiative, most recently launched first. */
    public List<GroupPurchase> listByInitiative(InitiativeId initiativeId) {
        Map<PurchaseId, List<CompanyId>> participants = companiesByAction(initiativeId);
        return jdbc.sql("select * from group_purchase where initiative_id = ? order by launched_on desc, id desc")
                .param(initiativeId.value())
                .query((rs, n) -> row(rs, participants))
                .list();
    }

    /** One operation of an initiative; empty when the id names none or one of another initiative. */
    public Optional<GroupPurchase> find(InitiativeId initiativeId, PurchaseId id) {
        Map<PurchaseId, List<CompanyId>> participants = companiesOf(id);
        return jdbc.sql("select * from group_purchase where id = ? and initiative_id = ?")
                .params(id.value(), initiativeId.value())
                .query((rs, n) -> row(rs, participants))
                .optional();
    }

    /** Group-purchasing operations of an initiative. */
    public long count(InitiativeId initiativeId) {
        return jdbc.sql("select count(*) from group_purchase where initiative_id = ?")
                .param(initiativeId.value())
                .query(Long.class)
                .single();
    }

    /** Ids of the companies that joined at least one of the initiative's operations. */
    public Set<CompanyId> participatingCompanies(InitiativeId initiativeId) {
        return companiesTakingPart(initiativeId);
    }

    private static GroupPurchase row(ResultSet rs, Map<PurchaseId, List<CompanyId>> participants) throws SQLException {
        var id = new PurchaseId(rs.getLong("id"));
        var volume = rs.getBigDecimal("volume") == null
                ? null
                : new PurchaseVolume(
                        rs.getBigDecimal("volume"),
                        Unit.valueOf(rs.getString("volume_unit")),
                        Period.valueOf(rs.getString("volume_period")));
        return new GroupPurchase(
                id,
                new InitiativeId(rs.getLong("initiative_id")),
                rs.getString("title"),
                PurchaseCategory.valueOf(rs.getString("category")),
                rs.getDate("launched_on").toLocalDate(),
                rs.getString("notes"),
                volume,
                rs.getBigDecimal("savings_eur"),
                participants.getOrDefault(id, List.of()));
    }

    @Transactional
    public PurchaseId insert(GroupPurchase purchase) {
        var keys = new GeneratedKeyHolder();
        PurchaseVolume volume = purchase.volume();
        jdbc.sql("insert into group_purchase (initiative_id, title, category, launched_on, notes, volume, volume_unit,"
                        + " volume_period, savings_eur) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        purchase.initiativeId().value(),
                        purchase.title(),
                        purchase.category().name(),
                        Date.valueOf(purchase.launchedOn()),
                        purchase.notes(),
                        volume == null ? null : volume.value(),
                        volume == null ? null : volume.unit().name(),
                        volume == null ? null : volume.period().name(),
                        purchase.savingsEur())
                .update(keys, "id");
        var id = new PurchaseId(keys.getKeyAs(Number.class).longValue());
        insertCompanies(id, purchase.participantCompanyIds());
        return id;
    }

    /**
     * Replaces an operation's fields and participants if it is still at the version the change was made
     * from; false when no operation of that initiative has the id at that version (nothing written).
     */
    @Transactional
    public boolean update(GroupPurchase purchase, int version) {
        PurchaseVolume volume = purchase.volume();
        int rows = jdbc.sql("update group_purchase set title = ?, category = ?, launched_on = ?, notes = ?,"
                        + " volume = ?, volume_unit = ?, volume_period = ?, savings_eur = ?, version = version + 1"
                        + " where id = ? and initiative_id = ? and version = ?")
                .params(
                        purchase.title(),
                        purchase.category().name(),
                        Date.valueOf(purchase.launchedOn()),
                        purchase.notes(),
                        volume == null ? null : volume.value(),
                        volume == null ? null : volume.unit().name(),
                        volume == null ? null : volume.period().name(),
                        purchase.savingsEur(),
                        purchase.id().value(),
                        purchase.initiativeId().value(),
                        version)
                .update();
        if (rows == 0) {
            return false;
        }
        replaceCompanies(purchase.id(), purchase.participantCompanyIds());
        return true;
    }
}
