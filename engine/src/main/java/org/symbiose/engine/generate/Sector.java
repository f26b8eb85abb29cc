package org.symbiose.engine.generate;

import java.util.List;

/**
 * A NAF division as it appears in the generated business parks.
 *
 * @param division two-digit NAF division ("25")
 * @param weight relative share of the establishments, in percent of a typical French business park
 * @param medianEmployees median headcount of an establishment of the division
 * @param intensity how much matter, water and energy an employee of the division moves, relative to an
 *     office worker (1)
 * @param nameWords trade words that start company names ("Métallerie", "Transports")
 * @param subClasses the division's NAF sub-classes ("25.11Z"...), never empty
 */
record Sector(
        String division,
        double weight,
        int medianEmployees,
        double intensity,
        List<String> nameWords,
        List<String> subClasses) {

    Sector {
        nameWords = List.copyOf(nameWords);
        subClasses = List.copyOf(subClasses);
        if (subClasses.isEmpty()) {
            throw new IllegalArgumentException("division " + division + " has no NAF sub-class");
        }
    }
}
