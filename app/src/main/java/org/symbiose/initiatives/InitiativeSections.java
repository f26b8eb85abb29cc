package org.symbiose.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.Metric;

/** Reads and replaces the child rows of an initiative: items, parks, figures, stages, funding, contacts. */
final class InitiativeSections {

    private static final String[] CHILD_TABLES = {
        "initiative_item", "business_park", "key_figure", "stage", "funding_line", "contact"
    };

    private final JdbcClient jdbc;

    InitiativeSections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sections of one initiative, as read. */
    record Sections(
            Map<ItemSection, List<String>> items,
            List<BusinessPark> parks,
            List<KeyFigure> keyFigures,
            List<Stage> stages,
            List<FundingLine> fundingLines,
            List<Contact> contacts) {

        static Sections empty() {
            var items = new EnumMap<ItemSection, List<String>>(ItemSection.class);
            for (ItemSection section : ItemSection.values()) {
                items.put(section, new ArrayList<>());
            }
            return new Sections(
                    items,
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>());
        }
    }

    /** Every initiative's sections, by initiative id; filled table by table, one query each. */
    static final class AllSections {
        private final Map<Long, Sections> byId = new HashMap<>();

        Sections of(InitiativeId id) {
            return byId.computeIfAbsent(id.value(), k -> Sections.empty());
        }

        private Sections of(ResultSet rs) throws SQLException {
            return of(new InitiativeId(rs.getLong("initiative_id")));
        }
    }

    /**
     * Reads the six section tables whole. Each row goes straight into memory: the callbacks never
     * query, so only one connection is borrowed at a time.
     */
    AllSections readAll() {
        var all = new AllSections();
        jdbc.sql("select * from initiative_item order by initiative_id, section, position")
                .query(rs -> {
                    all.of(rs)
                            .items()
                            .get(ItemSection.valueOf(rs.getString("section")))
                            .add(rs.getString("body"));
                });
        jdbc.sql("select * from business_park order by initiative_id, position").query(rs -> {
            all.of(rs)
                    .parks()
                    .add(new BusinessPark(
                            rs.getString("name"),
                            rs.getString("commune_insee"),
                            rs.getBigDecimal("area_ha"),
                            rs.getObject("companies", Integer.class),
                            rs.getObject("jobs", Integer.class)));
        });
        jdbc.sql("select * from key_figure order by initiative_id, position").query(rs -> {
            String metric = rs.getString("metric");
            all.of(rs)
                    .keyFigures()
                    .add(new KeyFigure(
                            rs.getBigDecimal("figure_value").stripTrailingZeros(),
                            rs.getString("unit"),
                            rs.getString("label"),
                            metric == null ? null : Metric.valueOf(metric)));
        });
        jdbc.sql("select * from stage order by initiative_id, position").query(rs -> {
            String tasks = rs.getString("description");
            all.of(rs)
                    .stages()
                    .add(new Stage(
                            rs.getString("title"),
                            rs.getString("period"),
                            rs.getObject("start_year", Integer.class),
                            rs.getObject("end_year", Integer.class),
                            rs.getObject("duration_months", Integer.class),
                            tasks == null || tasks.isBlank() ? List.of() : List.of(tasks.split("\n"))));
        });
        jdbc.sql("select * from funding_line order by initiative_id, position").query(rs -> {
            all.of(rs)
                    .fundingLines()
                    .add(new FundingLine(
                            rs.getString("funder"), rs.getBigDecimal("amount_eur"), rs.getBigDecimal("share_pct")));
        });
        jdbc.sql("select * from contact order by initiative_id, position").query(rs -> {
            all.of(rs)
                    .contacts()
                    .add(new Contact(rs.getString("role"), rs.getString("organisation"), rs.getString("website")));
        });
        return all;
    }

    /** Deletes and re-inserts every child row; the caller holds the transaction. */
    void replace(InitiativeId id, Initiative initiative) {
        for (String table : CHILD_TABLES) {
            jdbc.sql("delete from " + table + " where initiative_id = ?")
                    .param(id.value())
                    .update();
        }
        insertItems(id, ItemSection.OBJECTIVE, initiative.objectives());
        insertItems(id, ItemSection.HIGHLIGHT, initiative.highlights());
        Governance governance = initiative.governance();
        insertItems(id, ItemSection.STRATEGIC_STEERING, governance.strategic());
        insertItems(id, ItemSection.TECHNICAL_STEERING, governance.technical());
        insertItems(id, ItemSection.PARTNER, governance.partners());
        insertItems(id, ItemSection.PUBLIC_POLICY, governance.publicPolicies());
        insertItems(id, ItemSection.ANIMATION_METHOD, initiative.animation().methods());
        insertItems(id, ItemSection.COMMUNICATION_TOOL, initiative.animation().communicationTools());
        int position = 0;
        for (BusinessPark park : initiative.territory().parks()) {
            jdbc.sql(
                            "insert into business_park (initiative_id, position, name, commune_insee, area_ha, companies, jobs)"
                                    + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id.value(),
                            position++,
                            park.name(),
                            park.communeInsee(),
                            park.areaHa(),
                            park.companies(),
                            park.jobs())
                    .update();
        }
        position = 0;
        for (KeyFigure figure : initiative.keyFigures()) {
            jdbc.sql("insert into key_figure (initiative_id, position, figure_value, unit, label, metric)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            id.value(),
                            position++,
                            figure.value(),
                            figure.unit(),
                            figure.label(),
                            figure.metric() == null ? null : figure.metric().name())
                    .update();
        }
        position = 0;
        for (Stage stage : initiative.stages()) {
            jdbc.sql("insert into stage (initiative_id, position, title, period, start_year, end_year,"
                            + " duration_months, description) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id.value(),
                            position++,
                            stage.title(),
                            stage.period(),
                            stage.startYear(),
                            stage.endYear(),
                            stage.durationMonths(),
                            String.join("\n", stage.tasks()))
                    .update();
        }
        position = 0;
        for (FundingLine line : initiative.means().fundingLines()) {
            jdbc.sql("insert into funding_line (initiative_id, position, funder, amount_eur, share_pct)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id.value(), position++, line.funder(), line.amountEur(), line.sharePct())
                    .update();
        }
        position = 0;
        for (Contact contact : initiative.contacts()) {
            jdbc.sql(
                            "insert into contact (initiative_id, position, role, organisation, website) values (?, ?, ?, ?, ?)")
                    .params(id.value(), position++, contact.role(), contact.organisation(), contact.website())
                    .update();
        }
    }

    private void insertItems(InitiativeId id, ItemSection section, List<String> items) {
        int position = 0;
        for (String body : items) {
            jdbc.sql("insert into initiative_item (initiative_id, section, position, body) values (?, ?, ?, ?)")
                    .params(id.value(), section.name(), position++, body)
                    .update();
        }
    }
}
