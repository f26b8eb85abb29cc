package org.symbiose.engine.matching;

/** A flow whose label the engine could not attach to any resource family: reported, never guessed. */
public record UnclassifiedFlow(String flowId, String actorId, String label) {}
