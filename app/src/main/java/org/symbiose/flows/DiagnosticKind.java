package org.symbiose.flows;

/** Depth of a flow diagnostic: a quick flash, a full one, or a thematic one (biowaste, pallets...). */
public enum DiagnosticKind {
    FLASH,
    FULL,
    THEMATIC
}
