package org.symbiose.initiatives;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    Map<ItemSection, List<String>> items(InitiativeId id) {
        var result = new EnumMap<ItemSection, List<String>>(ItemSection.class);
        for (ItemSection section : ItemSection.values()) {
            result.put(section, new java.util.ArrayList<>());
        }
        jdbc.sql("select section, body from initiative_item where initiative_id = ? order by section, position")
                .param(id.value())
                .query((rs, n) -> {
                    result.get(ItemSection.valueOf(rs.getString("section"))).add(rs.getString("body"));
                    return null;
                })
                .list();
        return result;
    }

    List<BusinessPark> parks(InitiativeId id) {
        return jdbc.sql("select * from business_park where initiative_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new BusinessPark(
                        rs.getString("name"),
                        rs.getString("commune_insee"),
                        rs.getBigDecimal("area_ha"),
                        rs.getObject("companies", Integer.class),
                        rs.getObject("jobs", Integer.class)))
                .list();
    }

    List<KeyFigure> keyFigures(InitiativeId id) {
        return jdbc.sql("select * from key_figure where initiative_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> {
                    String metric = rs.getString("metric");
                    return new KeyFigure(
                            rs.getBigDecimal("figure_value").stripTrailingZeros(),
                            rs.getString("unit"),
                            rs.getString("label"),
                            metric == null ? null : Metric.valueOf(metric));
                })
                .list();
    }

    List<Stage> stages(InitiativeId id) {
        return jdbc.sql("select * from stage where initiative_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> {
                    String tasks = rs.getString("description");
                    return new Stage(
                            rs.getString("title"),
                            rs.getString("period"),
                            rs.getObject("start_year", Integer.class),
                            rs.getObject("end_year", Integer.class),
                            rs.getObject("duration_months", Integer.class),
                            tasks == null || tasks.isBlank() ? List.of() : List.of(tasks.split("\n")));
                })
                .list();
    }

    List<FundingLine> fundingLines(InitiativeId id) {
        return jdbc.sql("select * from funding_line where initiative_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new FundingLine(
                        rs.getString("funder"), rs.getBigDecimal("amount_eur"), rs.getBigDecimal("share_pct")))
                .list();
    }

    List<Contact> contacts(InitiativeId id) {
        return jdbc.sql("select * from contact where initiative_id = ? order by position")
                .param(id.value())
                .query((rs, n) ->
                        new Contact(rs.getString("role"), rs.getString("organisation"), rs.getString("website")))
                .list();
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
