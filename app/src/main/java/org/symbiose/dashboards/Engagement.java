package org.symbiose.dashboards;

import java.time.LocalDate;
import org.symbiose.ids.CompanyId;

/**
 * A company engaged by one record (a diagnostic, a synergy, an event, a group purchase) on a date.
 *
 * @param on null when the record has no date: the company then counts only in the current point
 */
record Engagement(CompanyId companyId, LocalDate on) {}
