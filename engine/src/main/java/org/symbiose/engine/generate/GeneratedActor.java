package org.symbiose.engine.generate;

/**
 * What the generator knows of an actor while drawing its flows, some of which the written actor leaves
 * out (an actor may be written without its NAF code or headcount).
 *
 * @param subClass the actor's true NAF sub-class, written or not
 * @param employees true headcount, whether written or not
 * @param english whether the company writes its labels in English
 */
record GeneratedActor(String id, Sector sector, String subClass, int employees, boolean english) {}
