package org.symbiose.impacts;

/**
 * How many companies an initiative keeps on the platform, implemented by the companies feature. The
 * company-based figures are given only when there is at least one (docs/methodology.md).
 */
public interface CompanyRecords {

    long count(long initiativeId);

    /** Companies recorded as members of the initiative's carrier. */
    long countMembers(long initiativeId);
}
