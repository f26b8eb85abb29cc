package org.symbiose.engine.nomenclature;

import java.util.List;
import java.util.Objects;
import org.symbiose.engine.geo.GeoPoint;

/**
 * A commune of Région Provence-Alpes-Côte d'Azur (Code officiel géographique 2026).
 *
 * @param inseeCode the INSEE code, five characters with leading zeros: "04001", "83126"; not a postcode
 * @param postcodes La Poste postcodes, at least one ("13001".."13016" for Marseille)
 * @param population INSEE legal population as published by Etalab; null when not given
 * @param epciSiren SIREN of the intercommunality (EPCI à fiscalité propre) the commune belongs to
 * @param latitude WGS84 latitude of the geometric centroid of the commune's area, in degrees; not the town
 *     hall, and for 7 communes of odd shape outside the commune itself
 * @param longitude WGS84 longitude of the same centroid, in degrees
 */
public record Commune(
        String inseeCode,
        String name,
        String departmentCode,
        String departmentName,
        List<String> postcodes,
        Integer population,
        String epciSiren,
        String epciName,
        double latitude,
        double longitude) {

    public Commune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departmentCode, "departmentCode");
        postcodes = List.copyOf(postcodes);
        new GeoPoint(latitude, longitude); // rejects out-of-range coordinates
    }

    /** The centroid as a point, for distances. */
    public GeoPoint location() {
        return new GeoPoint(latitude, longitude);
    }
}
