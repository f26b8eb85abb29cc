package org.symbiose.flows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * A flow as the API publishes it, with the exchange format's vocabularies and the version to name when
 * changing it: one shape wherever a flow appears (the flows API, a company's file in the companies API), so
 * that what a client reads in one place it can send back to the other.
 */
public record FlowJson(
        FlowId id,
        CompanyId companyId,
        int version,
        String direction,
        String label,
        String category,
        String ewc,
        BigDecimal quantity,
        String unit,
        String period,
        BigDecimal temperatureC,
        Boolean hazardous,
        LocalDate availableFrom,
        LocalDate availableTo,
        String notes) {

    public static FlowJson of(Flow f) {
        return new FlowJson(
                f.id(),
                f.companyId(),
                f.version(),
                f.direction().name().toLowerCase(Locale.ROOT),
                f.label(),
                f.category() == null ? null : f.category().code(),
                f.ewc(),
                f.quantity(),
                f.unit() == null ? null : f.unit().symbol(),
                f.period().name().toLowerCase(Locale.ROOT),
                f.temperatureC(),
                f.hazardous(),
                f.availableFrom(),
                f.availableTo(),
                f.notes());
    }
}
