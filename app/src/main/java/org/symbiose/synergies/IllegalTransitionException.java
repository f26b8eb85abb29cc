package org.symbiose.synergies;

/** A status change the synergy's life cycle does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final SynergyStatus from;
    private final SynergyStatus to;

    IllegalTransitionException(SynergyStatus from, SynergyStatus to) {
        super("A synergy cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public SynergyStatus from() {
        return from;
    }

    public SynergyStatus to() {
        return to;
    }
}
