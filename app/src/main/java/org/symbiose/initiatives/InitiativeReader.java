package org.symbiose.initiatives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.ids.InitiativeId;

/**
 * Reads every initiative in seven queries: the initiative rows first, then each section table whole.
 * No query ever runs while another one's result set is open: a row mapper that queried would hold a
 * second pooled connection while the first is still borrowed, and ten concurrent requests would
 * then exhaust a pool of ten, each waiting for the connection another one holds.
 */
final class InitiativeReader {

    private final JdbcClient jdbc;
    private final InitiativeSections sections;

    InitiativeReader(JdbcClient jdbc, InitiativeSections sections) {
        this.jdbc = jdbc;
        this.sections = sections;
    }

    /** All initiatives in the order of the compendium (by name). */
    List<Initiative> readAll() {
        List<Row> rows = jdbc.sql("select * from initiative order by lower(name)")
                .query(Row::of)
                .list();
        var all = sections.readAll();
        return rows.stream().map(row -> row.with(all.of(row.id()))).toList();
    }

    /** The columns of one initiative row, plain values, read before any section. */
    private record Row(
            InitiativeId id,
            String slug,
            String name,
            String title,
            boolean published,
            Location location,
            Prose description,
            Carrier carrier,
            Prose territoryDescription,
            List<String> communes,
            String launchText,
            BigDecimal fte,
            String fteText,
            BigDecimal budgetEur,
            String budgetText,
            String fundingText,
            String sustainabilityModel,
            String otherNotes,
            int version,
            Instant updatedAt) {

        static Row of(ResultSet rs, int rowNum) throws SQLException {
            double lat = rs.getDouble("latitude");
            Location location = rs.wasNull()
                    ? null
                    : new Location(rs.getString("commune_insee"), new GeoPoint(lat, rs.getDouble("longitude")));
            var carrier = new Carrier(
                    rs.getString("carrier_name"),
                    rs.getString("carrier_short_name"),
                    CarrierType.valueOf(rs.getString("carrier_type")),
                    rs.getObject("carrier_founded", Integer.class),
                    rs.getObject("carrier_members", Integer.class),
                    new Prose(rs.getString("carrier_description")));
            String communes = rs.getString("territory_communes");
            return new Row(
                    new InitiativeId(rs.getLong("id")),
                    rs.getString("slug"),
                    rs.getString("name"),
                    rs.getString("title"),
                    rs.getBoolean("published"),
                    location,
                    new Prose(rs.getString("description")),
                    carrier,
                    new Prose(rs.getString("territory_description")),
                    communes == null || communes.isBlank() ? List.of() : List.of(communes.split(",")),
                    rs.getString("launch_text"),
                    rs.getBigDecimal("fte"),
                    rs.getString("fte_text"),
                    rs.getBigDecimal("budget_eur"),
                    rs.getString("budget_text"),
                    rs.getString("funding_text"),
                    rs.getString("sustainability_model"),
                    rs.getString("other_notes"),
                    rs.getInt("version"),
                    rs.getTimestamp("updated_at").toInstant());
        }

        Initiative with(InitiativeSections.Sections s) {
            var items = s.items();
            return new Initiative(
                    id,
                    slug,
                    name,
                    title,
                    published,
                    location,
                    description,
                    carrier,
                    new Territory(territoryDescription, communes, s.parks()),
                    items.get(ItemSection.OBJECTIVE),
                    items.get(ItemSection.HIGHLIGHT),
                    s.keyFigures(),
                    s.stages(),
                    launchText,
                    new Means(
                            fte,
                            fteText,
                            budgetEur,
                            budgetText,
                            fundingText,
                            s.fundingLines(),
                            sustainabilityModel,
                            otherNotes),
                    new Governance(
                            items.get(ItemSection.STRATEGIC_STEERING),
                            items.get(ItemSection.TECHNICAL_STEERING),
                            items.get(ItemSection.PARTNER),
                            items.get(ItemSection.PUBLIC_POLICY)),
                    new Animation(items.get(ItemSection.ANIMATION_METHOD), items.get(ItemSection.COMMUNICATION_TOOL)),
                    s.contacts(),
                    version,
                    updatedAt);
        }
    }
}
