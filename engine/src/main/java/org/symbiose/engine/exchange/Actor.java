package org.symbiose.engine.exchange;

import org.symbiose.engine.geo.GeoPoint;

/**
 * A row of {@code actors.csv}: a company or organisation of the territory.
 *
 * @param siret 14 digits with a valid Luhn key, null when not given
 * @param naf NAF rév. 2 code as given ("10.71C" or NACE "10.71"), null when not given
 * @param employees null when not given
 * @param location coordinates given or geocoded from the commune, null when neither was given
 * @param communeInsee INSEE code of the commune when given or resolved, else null
 */
public record Actor(
        String id,
        String name,
        String siret,
        String naf,
        String activity,
        Integer employees,
        GeoPoint location,
        String communeInsee,
        String zone,
        boolean member) {}
