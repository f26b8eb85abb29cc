package org.symbiose.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.symbiose.ids.InitiativeId;
import org.symbiose.synergies.SynergyStatus;
import org.symbiose.web.Typography;

/**
 * The initiative's charts as SVG for the experience sheet (screen, PDF and compendium share
 * {@code reports/sheet-content.html}, which includes {@code dashboards/sheet-chart.html}): synergies
 * by status over time and tonnes per year realised against potential. Aggregated numbers only, no
 * company named: what the sheet already publishes as computed figures.
 */
@Component("initiativeChart")
public class InitiativeChart {

    /** Colours of the statuses (perspective, in progress, realised, abandoned), as on the dashboard page. */
    static final List<String> STATUS_COLOURS = List.of("#f2a541", "#2a7ab0", "#3c9d5d", "#9a9a9a");

    private final DashboardService dashboards;
    private final MessageSource messages;
    private final Typography typography;

    InitiativeChart(DashboardService dashboards, MessageSource messages, Typography typography) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.typography = typography;
    }

    /** Synergies by status at the end of each period; empty when the initiative records no synergy. */
    public String statusSvg(InitiativeId initiativeId, Locale locale) {
        Dashboard dashboard = dashboards.initiative(initiativeId);
        if (!dashboard.hasSynergies()) {
            return "";
        }
        List<SvgChart.Series> series = new ArrayList<>();
        for (SynergyStatus status : SynergyStatus.values()) {
            series.add(new SvgChart.Series(
                    text("synergy.status." + status.name(), locale),
                    STATUS_COLOURS.get(status.ordinal()),
                    dashboard.points().stream().map(p -> p.status(status)).toList()));
        }
        return SvgChart.stacked(
                text("dashboard.sheet.status", locale), labels(dashboard, locale), series, typography::number);
    }

    /** Tonnes per year realised and potential; empty when no synergy has a mass. */
    public String tonnesSvg(InitiativeId initiativeId, Locale locale) {
        Dashboard dashboard = dashboards.initiative(initiativeId);
        if (dashboard.current().tonnesPotential().signum() == 0) {
            return "";
        }
        var series = List.of(
                new SvgChart.Series(
                        text("dashboard.tonnes.realised", locale),
                        STATUS_COLOURS.get(2),
                        dashboard.points().stream().map(Point::tonnesRealised).toList()),
                new SvgChart.Series(
                        text("dashboard.tonnes.potential", locale),
                        STATUS_COLOURS.get(1),
                        dashboard.points().stream().map(Point::tonnesPotential).toList()));
        return SvgChart.lines(
                text("dashboard.sheet.tonnes", locale), labels(dashboard, locale), series, typography::number);
    }

    private List<String> labels(Dashboard dashboard, Locale locale) {
        return dashboard.points().stream().map(p -> label(p, dashboard, locale)).toList();
    }

    private String label(Point p, Dashboard dashboard, Locale locale) {
        return p.step().label(dashboard.isToday(p), messages, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
