package org.symbiose.dashboards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyStatus;

/**
 * One chart of a dashboard page with the table of its numbers: the page writes the table, the
 * browser draws the chart from the table's cells, and the screen reader reads the table.
 *
 * @param name the chart's id in the page ("status", "tonnes")
 * @param shape "stacked" (bars stacked per period) or "lines"
 * @param columns message keys of the series, in the order of each row's values
 */
public record ChartTable(String name, String shape, List<String> columns, List<Row> rows) {

    /** One period's values, in the order of the columns. */
    public record Row(TimeStep step, boolean current, List<Number> values) {}

    public ChartTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public String headingKey() {
        return "dashboard." + name + ".heading";
    }

    public String captionKey() {
        return "dashboard." + name + ".caption";
    }

    /** The names of the charts, in the page's order: what a download names. */
    static final List<String> NAMES = List.of("status", "kind", "tonnes", "co2", "engagement");

    /** The five charts of a dashboard, in the page's order. */
    static List<ChartTable> of(Dashboard dashboard) {
        List<SynergyStatus> statuses = Arrays.asList(SynergyStatus.values());
        List<SynergyKind> kinds = Arrays.asList(SynergyKind.values());
        return List.of(
                table(
                        dashboard,
                        "status",
                        "stacked",
                        statuses.stream().map(s -> "synergy.status." + s.name()).toList(),
                        p -> statuses.stream().<Number>map(p::status).toList()),
                table(
                        dashboard,
                        "kind",
                        "stacked",
                        kinds.stream().map(k -> "dashboard.kind." + k.name()).toList(),
                        p -> kinds.stream().<Number>map(p::kind).toList()),
                table(
                        dashboard,
                        "tonnes",
                        "lines",
                        List.of("dashboard.tonnes.realised", "dashboard.tonnes.potential"),
                        p -> List.of(p.tonnesRealised(), p.tonnesPotential())),
                table(
                        dashboard,
                        "co2",
                        "lines",
                        List.of("dashboard.co2.realised", "dashboard.co2.potential"),
                        p -> List.of(p.co2Realised(), p.co2Potential())),
                table(
                        dashboard,
                        "engagement",
                        "lines",
                        List.of("dashboard.engagement.diagnostics", "dashboard.engagement.companies"),
                        p -> List.of(p.diagnostics(), p.companiesEngaged())));
    }

    private static ChartTable table(
            Dashboard dashboard,
            String name,
            String shape,
            List<String> columns,
            Function<Point, List<Number>> values) {
        List<Row> rows = new ArrayList<>();
        for (Point p : dashboard.points()) {
            rows.add(new Row(p.step(), dashboard.isToday(p), values.apply(p)));
        }
        return new ChartTable(name, shape, columns, rows);
    }
}
