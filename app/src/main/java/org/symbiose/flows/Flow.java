package org.symbiose.flows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;

/**
 * A diagnosed flow of a company, with every field of the exchange format. Confidential: visible to
 * the initiative's facilitators and the company's members only.
 *
 * @param id database id, null until saved
 * @param companyId its company, null in an import plan for a company the import has still to create
 * @param externalId id in {@code flows.csv}, null if entered by hand
 * @param ewc List-of-Waste code without spaces or asterisk ("150103"), null when not a coded waste
 * @param quantity amount per {@code period} in {@code unit}, null when unknown
 * @param temperatureC temperature in °C for heat, steam and water, null otherwise
 * @param hazardous null when not stated
 * @param version how many times the flow was edited: an edit or a deletion names the version it saw
 */
public record Flow(
        FlowId id,
        CompanyId companyId,
        String externalId,
        Direction direction,
        String label,
        FlowCategory category,
        String ewc,
        BigDecimal quantity,
        Unit unit,
        Period period,
        BigDecimal temperatureC,
        Boolean hazardous,
        LocalDate availableFrom,
        LocalDate availableTo,
        String notes,
        int version) {

    /** A flow as first recorded (version 0): what imports and the questionnaire create. */
    public Flow(
            FlowId id,
            CompanyId companyId,
            String externalId,
            Direction direction,
            String label,
            FlowCategory category,
            String ewc,
            BigDecimal quantity,
            Unit unit,
            Period period,
            BigDecimal temperatureC,
            Boolean hazardous,
            LocalDate availableFrom,
            LocalDate availableTo,
            String notes) {
        this(
                id,
                companyId,
                externalId,
                direction,
                label,
                category,
                ewc,
                quantity,
                unit,
                period,
                temperatureC,
                hazardous,
                availableFrom,
                availableTo,
                notes,
                0);
    }

    public Flow {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("flow label must not be blank");
        }
        period = period == null ? Period.YEAR : period;
        if (quantity != null && quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        if (quantity != null && unit == null) {
            throw new IllegalArgumentException("a quantity needs a unit");
        }
        if (availableFrom != null && availableTo != null && availableTo.isBefore(availableFrom)) {
            throw new IllegalArgumentException("available_to is before available_from");
        }
    }

    /** The same flow with the id the database gave it. */
    public Flow withId(FlowId newId) {
        return new Flow(
                newId,
                companyId,
                externalId,
                direction,
                label,
                category,
                ewc,
                quantity,
                unit,
                period,
                temperatureC,
                hazardous,
                availableFrom,
                availableTo,
                notes,
                version);
    }

    /** The same flow in another company (one an import has just created). */
    public Flow inCompany(CompanyId newCompanyId) {
        return new Flow(
                id,
                newCompanyId,
                externalId,
                direction,
                label,
                category,
                ewc,
                quantity,
                unit,
                period,
                temperatureC,
                hazardous,
                availableFrom,
                availableTo,
                notes,
                version);
    }
}
