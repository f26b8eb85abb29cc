package org.symbiose.engine.matching;

/** The valorisation pathway a substitution follows, as the output contract names it. */
public record PathwayRef(String id, String labelFr, String labelEn) {}
