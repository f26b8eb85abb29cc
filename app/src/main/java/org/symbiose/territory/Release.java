package org.symbiose.territory;

import java.math.BigDecimal;
import org.symbiose.companies.Company;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/**
 * One amount going from a company, as a resource family, to a use: a line of the metabolism before it is
 * grouped. Labels are already in the reader's language.
 *
 * @param family the resource family's label (or "not recognised")
 * @param destination where it goes: a use, a synergy, or "not stated"
 * @param quantity null when the amount is unknown; then {@code unit} and {@code period} may be null too
 */
record Release(Company company, String family, String destination, BigDecimal quantity, Unit unit, Period period) {}
