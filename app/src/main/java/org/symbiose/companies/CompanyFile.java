package org.symbiose.companies;

import java.util.List;
import org.symbiose.engine.flow.Direction;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowDiagnostic;

/** A company with its confidential flows and diagnostics, as its facilitators and members see it. */
public record CompanyFile(Company company, List<Flow> flows, List<FlowDiagnostic> diagnostics) {

    public CompanyFile {
        flows = List.copyOf(flows);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * How many of the company's flows are supplies (going out): counted here once per company, not by
     * a template expression that costs a reflective call per flow (the directory lists every company).
     */
    public long supplyCount() {
        return count(Direction.OUT);
    }

    /** How many of the company's flows are needs (coming in). */
    public long needCount() {
        return count(Direction.IN);
    }

    private long count(Direction direction) {
        return flows.stream().filter(flow -> flow.direction() == direction).count();
    }
}
