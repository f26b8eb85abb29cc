package org.symbiose.engine.search;

/** The language of an indexed text, which decides how its words are stemmed. */
public enum Language {
    FRENCH,
    ENGLISH
}
