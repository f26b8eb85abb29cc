package org.symbiose.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.companies.Company;
import org.symbiose.companies.Site;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/**
 * An initiative's sites as a GeoJSON FeatureCollection (RFC 7946) of points, longitude first, with the
 * company's and site's names and the commune; a site known only by its commune is placed at its centroid.
 */
final class SitesGeoJson {

    private static final CommuneCatalogue COMMUNES = CommuneCatalogue.load();

    private SitesGeoJson() {}

    static Map<String, Object> of(List<Company> companies) {
        var features = new ArrayList<Map<String, Object>>();
        for (Company company : companies) {
            for (Site site : company.sites()) {
                var commune = site.communeInsee() == null
                        ? null
                        : COMMUNES.find(site.communeInsee()).orElse(null);
                GeoPoint point = site.point() != null ? site.point() : commune == null ? null : commune.location();
                if (point == null) {
                    continue;
                }
                var properties = new LinkedHashMap<String, Object>();
                properties.put("company", company.name());
                properties.put("companyId", company.externalId());
                properties.put("site", site.name());
                properties.put("commune", commune == null ? null : commune.name());
                properties.put("communeInsee", site.communeInsee());
                var feature = new LinkedHashMap<String, Object>();
                feature.put("type", "Feature");
                feature.put(
                        "geometry",
                        Map.of("type", "Point", "coordinates", List.of(point.longitude(), point.latitude())));
                feature.put("properties", properties);
                features.add(feature);
            }
        }
        var collection = new LinkedHashMap<String, Object>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }
}
