package org.symbiose.ids;

/**
 * A number from outside (a URL's path) that no record of that kind can have: zero or negative. It is a
 * record that does not exist, which the web layer answers 404 like any unknown id, not a programming
 * error. Plain Java so that every feature can throw it; {@code web.Failures} reads {@link #kind()} to
 * say what was not found ({@code problem.detail.<kind>NotFound} when the bundle has it).
 */
public final class UnknownIdException extends RuntimeException {

    private final String kind;
    private final long value;

    public UnknownIdException(String kind, long value) {
        super("No " + kind + " " + value);
        this.kind = kind;
        this.value = value;
    }

    /** What was looked for, in the message keys' spelling: {@code initiative}, {@code company}, ... */
    public String kind() {
        return kind;
    }

    /** The number asked for. */
    public long value() {
        return value;
    }
}
