package org.symbiose.initiatives;

import java.math.BigDecimal;

/**
 * A business park ("parc / zone d'activités") of the initiative's territory.
 *
 * @param areaHa area in hectares, null when unknown
 * @param companies number of companies established, null when unknown
 * @param jobs number of direct jobs, null when unknown
 */
public record BusinessPark(String name, String communeInsee, BigDecimal areaHa, Integer companies, Integer jobs) {

    public BusinessPark {
        name = Texts.required(name, "business park name");
        communeInsee = Texts.optional(communeInsee);
        Texts.requireNonNegative(areaHa, "area");
        Texts.requireNonNegative(companies, "companies");
        Texts.requireNonNegative(jobs, "jobs");
    }
}
