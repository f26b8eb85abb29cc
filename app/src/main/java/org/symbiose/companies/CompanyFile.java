package org.symbiose.companies;

import java.util.List;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowDiagnostic;

/** A company with its confidential flows and diagnostics, as its facilitators and members see it. */
public record CompanyFile(Company company, List<Flow> flows, List<FlowDiagnostic> diagnostics) {

    public CompanyFile {
        flows = List.copyOf(flows);
        diagnostics = List.copyOf(diagnostics);
    }
}
