package org.symbiose.dashboards;

/**
 * How long one point of a dashboard's series lasts: quarters when the records span five years or
 * less, years beyond (docs/methodology.md, "Dashboards"), so that a table stays readable.
 */
public enum StepSize {
    QUARTER,
    YEAR
}
