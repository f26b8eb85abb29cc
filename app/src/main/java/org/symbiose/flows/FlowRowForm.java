package org.symbiose.flows;

/**
 * A row of the flow grid, or the body of the flows API, as typed: every value a string, so that a word
 * in a number is answered with a message naming the field rather than a failure to read the request.
 *
 * @param version the version of the flow the row was loaded at, for an edit or a deletion
 */
public record FlowRowForm(
        String direction,
        String label,
        String category,
        String ewc,
        String quantity,
        String unit,
        String period,
        String temperature,
        String hazardous,
        String availableFrom,
        String availableTo,
        String notes,
        String version) {}
