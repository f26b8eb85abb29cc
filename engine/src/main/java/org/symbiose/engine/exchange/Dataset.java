package org.symbiose.engine.exchange;

import java.util.List;

/** A whole exchange-format dataset, read and checked. */
public record Dataset(List<Actor> actors, List<FlowRecord> flows) {

    public Dataset {
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
    }
}
