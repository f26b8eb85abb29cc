package org.symbiose.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.synergies.SynergyStatus;

/**
 * What the initiative's map shows, layer by layer, in the reader's language: the page's table of counts
 * and the GeoJSON the script draws are both made from it, so they cannot disagree.
 */
record MapLayers(
        List<CompanyMark> companies, List<Park> parks, List<Link> synergies, List<Link> groups, int unlocated) {

    /**
     * A company at each of its located sites, its main (first) site first. {@code section} is the NAF
     * section letter, "?" when unknown.
     */
    record CompanyMark(long id, String name, String section, String sector, List<SitePlace> sites) {

        CompanyMark {
            sites = List.copyOf(sites);
            if (sites.isEmpty()) {
                throw new IllegalArgumentException("a company on the map has a located site");
            }
        }

        /** Its main site's place: where its synergy links end. */
        GeoPoint point() {
            return sites.get(0).point();
        }
    }

    /** A site of a company where it stands on the map: its coordinates, else its commune's centre. */
    record SitePlace(String name, GeoPoint point) {}

    /** A business park at its commune's centre, with the companies that name it as their zone. */
    record Park(String name, String commune, long companies, GeoPoint point) {}

    /**
     * A synergy or a mutualisation group drawn from the centre of its members' sites to each of them
     * (a straight line when there are two).
     *
     * @param status a synergy's status ({@code REALISED}...), the engine's theme id for a group
     */
    record Link(String title, String status, String statusLabel, List<GeoPoint> points) {}

    MapLayers {
        companies = List.copyOf(companies);
        parks = List.copyOf(parks);
        synergies = List.copyOf(synergies);
        groups = List.copyOf(groups);
    }

    /** The same layers with these parks. */
    MapLayers withParks(List<Park> newParks) {
        return new MapLayers(companies, newParks, synergies, groups, unlocated);
    }

    /** Sites drawn: every located site of every company on the map. */
    public int siteCount() {
        return companies.stream().mapToInt(c -> c.sites().size()).sum();
    }

    /** A line of the legend's tables: a section letter or a status, its label, how many. */
    record Count(String key, String label, long count) {}

    /** Companies per NAF section, in section order ("?" last: no known code). */
    List<Count> companiesBySector() {
        Map<String, Count> bySection = new TreeMap<>(java.util.Comparator.comparing((String k) -> k.equals("?"))
                .thenComparing(java.util.Comparator.naturalOrder()));
        companies.forEach(c -> bySection.merge(
                c.section(),
                new Count(c.section(), c.sector(), 1),
                (a, b) -> new Count(a.key(), a.label(), a.count() + 1)));
        return List.copyOf(bySection.values());
    }

    /** Synergies drawn per status, every status in the life cycle's order, zero included. */
    List<Count> synergiesByStatus(java.util.function.Function<SynergyStatus, String> label) {
        List<Count> counts = new ArrayList<>();
        for (SynergyStatus status : SynergyStatus.values()) {
            long n = synergies.stream()
                    .filter(l -> l.status().equals(status.name()))
                    .count();
            counts.add(new Count(status.name(), label.apply(status), n));
        }
        return counts;
    }

    /** The layers as an RFC 7946 FeatureCollection, longitude first; {@code layer} names each feature's layer. */
    Map<String, Object> geoJson() {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CompanyMark c : companies) {
            for (int i = 0; i < c.sites().size(); i++) {
                SitePlace site = c.sites().get(i);
                features.add(feature(
                        point(site.point()),
                        props(
                                "layer",
                                "company",
                                "id",
                                c.id(),
                                "name",
                                c.name(),
                                "site",
                                site.name(),
                                "main",
                                i == 0,
                                "sites",
                                c.sites().size(),
                                "section",
                                c.section(),
                                "sector",
                                c.sector(),
                                "href",
                                "/companies/" + c.id())));
            }
        }
        for (Park p : parks) {
            features.add(feature(
                    point(p.point()),
                    props("layer", "park", "name", p.name(), "commune", p.commune(), "companies", p.companies())));
        }
        synergies.forEach(l -> features.add(link("synergy", l)));
        groups.forEach(l -> features.add(link("group", l)));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> link(String layer, Link l) {
        List<List<List<Double>>> lines = new ArrayList<>();
        if (l.points().size() == 2) {
            lines.add(List.of(
                    coordinates(l.points().get(0)), coordinates(l.points().get(1))));
        } else {
            GeoPoint centre = centre(l.points());
            l.points().forEach(p -> lines.add(List.of(coordinates(centre), coordinates(p))));
        }
        return feature(
                Map.of("type", "MultiLineString", "coordinates", lines),
                props(
                        "layer",
                        layer,
                        "name",
                        l.title(),
                        "status",
                        l.status(),
                        "statusLabel",
                        l.statusLabel(),
                        "members",
                        l.points().size()));
    }

    /** The mean of the points: a park's members are a few kilometres apart, where this is the centre. */
    static GeoPoint centre(List<GeoPoint> points) {
        double lat = points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
        double lon = points.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow();
        return GeoPoint.of(lat, lon);
    }

    private static Map<String, Object> point(GeoPoint p) {
        return Map.of("type", "Point", "coordinates", coordinates(p));
    }

    private static List<Double> coordinates(GeoPoint p) {
        return List.of(p.longitude(), p.latitude());
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }
}
