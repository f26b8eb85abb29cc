package org.symbiose.engine.generate;

import java.io.IOException;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.FlowRecord;

/**
 * Receives a generated territory row by row, each actor before its flows, so that a large one can go
 * straight to disk.
 */
public interface TerritorySink {

    void actor(Actor actor) throws IOException;

    void flow(FlowRecord flow) throws IOException;
}
