package org.symbiose.engine.exchange;

import java.time.LocalDate;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/**
 * A row of {@code flows.csv}.
 *
 * @param ewc List-of-Waste code without spaces or asterisk ("160104"), null when not given
 * @param quantity amount per {@code period} in {@code unit}, null when not given
 * @param temperatureC °C, null when not given
 * @param hazardous null when not given
 */
public record FlowRecord(
        String id,
        String actorId,
        Direction direction,
        String label,
        FlowCategory category,
        String ewc,
        Double quantity,
        Unit unit,
        Period period,
        Double temperatureC,
        Boolean hazardous,
        LocalDate availableFrom,
        LocalDate availableTo,
        String notes) {}
