package org.symbiose.engine.knowledge;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an activity (NAF code) typically produces and consumes, so that a company's activity alone
 * says what it may offer or use.
 */
public record ActivityProfile(String naf, Set<String> produces, Set<String> consumes) {

    public static final ActivityProfile NONE = new ActivityProfile("", Set.of(), Set.of());

    public ActivityProfile {
        produces = Collections.unmodifiableSet(new LinkedHashSet<>(produces));
        consumes = Collections.unmodifiableSet(new LinkedHashSet<>(consumes));
    }
}
