package org.symbiose.engine.evaluation;

/**
 * How an exchange's territory is laid out and what its companies say about themselves (issue 13, item 6): the
 * collection as it is, the same without any NACE code, and a dense zone where distance decides nothing.
 */
enum Setting {
    /** (a) Every company with its NACE code, 300 background companies within 20 km. */
    AS_IS("as it is", false, false, ""),
    /** (b) No company has a code: each activity is read from its text. */
    WITHOUT_NACE("without NACE codes (activity text only)", true, false, "-without-nace"),
    /** (d) Everyone within 1 km of everyone: every receiver is as near as any other. */
    DENSE("dense zone (everyone within 1 km)", false, true, "-dense"),
    /** (b) and (d) together, for the full report. */
    DENSE_WITHOUT_NACE("dense zone without NACE codes", true, true, "-dense-without-nace");

    /**
     * The radius of the disc every company of a dense zone stands in: any two are at most twice that apart.
     */
    static final double DENSE_RADIUS_KM = 0.5;

    private final String title;
    private final boolean withoutNace;
    private final boolean dense;
    private final String suffix;

    Setting(String title, boolean withoutNace, boolean dense, String suffix) {
        this.title = title;
        this.withoutNace = withoutNace;
        this.dense = dense;
        this.suffix = suffix;
    }

    String title() {
        return title;
    }

    boolean withoutNace() {
        return withoutNace;
    }

    boolean dense() {
        return dense;
    }

    /** What the report's file name adds for this setting ("-dense"). */
    String suffix() {
        return suffix;
    }
}
