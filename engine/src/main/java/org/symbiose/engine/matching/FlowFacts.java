package org.symbiose.engine.matching;

import java.util.List;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.quantity.Dimension;

/**
 * What the engine knows of a flow once read: its families, its yearly quantity in the reference unit
 * of its dimension, and where its actor is.
 *
 * @param reading the number of the flow's reading (its label, waste code, kind and temperature): flows of
 *     the same reading share their list of families, and flows with the same number read alike
 * @param perYear quantity per year in the reference unit of {@code dimension} (t, m3, MWh...), NaN when unknown
 * @param temperatureC NaN when unknown
 * @param use for a need that names a use ("raw material for alcohol production"), how it was read; else null
 * @param state what the label's words say of the thing's state, as {@link LawRules} bits ({@link StateWords}:
 *     broken, beyond repair), read once per reading
 * @param fromDay the first day the flow is available, as an epoch day, else {@link PairGate#OPEN_START}
 * @param toDay the last day the flow is available, as an epoch day, else {@link PairGate#OPEN_END}
 */
public record FlowFacts(
        int index,
        int reading,
        FlowRecord flow,
        ActorFacts actor,
        List<Classification> families,
        double perYear,
        Dimension dimension,
        double temperatureC,
        boolean hazardous,
        NeedUse use,
        int state,
        long fromDay,
        long toDay) {

    public FlowFacts {
        families = List.copyOf(families);
    }

    public String id() {
        return flow.id();
    }

    public boolean hasQuantity() {
        return !Double.isNaN(perYear) && dimension != null;
    }

    boolean hasTemperature() {
        return !Double.isNaN(temperatureC);
    }
}
