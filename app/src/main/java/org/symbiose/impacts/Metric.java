package org.symbiose.impacts;

/**
 * What a key figure measures, when the platform can compute the same thing from the initiative's
 * data. A declared figure with a metric is shown beside its computed value.
 */
public enum Metric {
    COMPANIES_ENGAGED,
    MEMBER_COMPANIES,
    DIAGNOSTICS,
    DIAGNOSTICS_FULL,
    DIAGNOSTICS_FLASH,
    DIAGNOSTICS_BIOWASTE,
    DIAGNOSTICS_PALLETS,
    SYNERGIES_IDENTIFIED,
    SYNERGIES_REALISED,
    SYNERGIES_IN_PROGRESS,
    GROUP_PURCHASES,
    TONNES_VALORISED,
    CO2_AVOIDED_T,
    WORKSHOPS;

    /** Figures computed only for initiatives that keep their companies on the platform. */
    public boolean isCompanyBased() {
        return switch (this) {
            case COMPANIES_ENGAGED,
                    MEMBER_COMPANIES,
                    DIAGNOSTICS,
                    DIAGNOSTICS_FULL,
                    DIAGNOSTICS_FLASH,
                    DIAGNOSTICS_BIOWASTE,
                    DIAGNOSTICS_PALLETS,
                    GROUP_PURCHASES,
                    WORKSHOPS -> true;
            default -> false;
        };
    }
}
