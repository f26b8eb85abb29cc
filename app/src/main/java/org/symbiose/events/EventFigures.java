package org.symbiose.events;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FigureSource;
import org.symbiose.impacts.Metric;

/** The events' part of the computed figures (docs/methodology.md): workshops and attendance. */
@Component
class EventFigures implements FigureSource {

    private final EventRepository events;

    EventFigures(EventRepository events) {
        this.events = events;
    }

    @Override
    public Map<Metric, BigDecimal> figures(InitiativeId initiativeId) {
        return Map.of(Metric.WORKSHOPS, BigDecimal.valueOf(events.count(initiativeId, EventKind.WORKSHOP)));
    }

    @Override
    public Set<CompanyId> engagedCompanies(InitiativeId initiativeId) {
        return events.attendingCompanies(initiativeId);
    }
}
