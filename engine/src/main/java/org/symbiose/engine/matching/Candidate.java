package org.symbiose.engine.matching;

import java.util.List;

/** A proposed synergy, explained in French and English. */
public sealed interface Candidate permits Substitution, Mutualisation {

    /** 1 for the best candidate of the whole result. */
    int rank();

    /** In [0, 1]: higher is more promising. */
    double score();

    List<String> reasonsFr();

    List<String> reasonsEn();
}
