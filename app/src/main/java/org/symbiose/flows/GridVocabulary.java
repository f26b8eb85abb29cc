package org.symbiose.flows;

import java.util.List;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** The closed lists of the grid's cells, from the engine's vocabularies. */
record GridVocabulary(
        List<Direction> directions, List<FlowCategory> categories, List<Unit> units, List<Period> periods) {

    static final GridVocabulary INSTANCE = new GridVocabulary(
            List.of(Direction.values()),
            List.of(FlowCategory.values()),
            List.of(Unit.values()),
            List.of(Period.values()));
}
