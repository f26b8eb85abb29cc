package org.symbiose.engine.matching;

/** Told how far a long piece of work has gone, e.g. to print it on standard error. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = (stage, done, total) -> {};

    /**
     * @param stage what is being done ("classifying flows", "matching supplies")
     * @param done units done so far
     * @param total units in all, or -1 when unknown
     */
    void report(String stage, long done, long total);
}
