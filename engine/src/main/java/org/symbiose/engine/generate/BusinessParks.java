package org.symbiose.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/**
 * Business parks spread over Provence-Alpes-Côte d'Azur: each sits 2 to 5 km from the centroid of a
 * real commune, drawn more often where more people live, and its companies cluster within a kilometre
 * or so of its centre. A park moves from its commune's centroid towards a neighbouring commune's, so
 * that coastal parks stay on land.
 */
final class BusinessParks {

    /** A park: where it is, its name and its commune. */
    record Park(String name, Commune commune, double latitude, double longitude) {}

    private static final double KM_PER_DEGREE = 111.195;
    private static final int NEIGHBOURS = 6;
    private static final List<String> KINDS = List.of(
            "ZI",
            "ZA",
            "ZAC",
            "Parc d'activités",
            "Zone artisanale",
            "Pôle d'activités",
            "Parc d'entreprises",
            "Technopôle",
            "ZAE");
    private static final List<String> PLACES = List.of(
            "des Paluds",
            "du Plan",
            "de la Gare",
            "du Grand Vallat",
            "de la Plaine",
            "des Iscles",
            "Saint-Martin",
            "des Bréguières",
            "de la Bastide Blanche",
            "des Prés",
            "du Moulin",
            "de la Barque",
            "des Fourches",
            "du Capitou",
            "des Lauves",
            "de la Palud",
            "du Pont",
            "les Bousquets",
            "Notre-Dame",
            "des Aiguilles",
            "de l'Argile",
            "des Estroublans",
            "du Cabot",
            "de la Tourtelle",
            "des Chabauds",
            "du Tubé",
            "de Courtine",
            "des Playes",
            "de la Crau",
            "du Pas des Lanciers");

    private final Map<Commune, List<Commune>> neighbours = new HashMap<>();
    private final List<Park> parks;
    private final double[] cumulativeSize;

    /** About one park per 60 companies, between 1 and 1,500. */
    BusinessParks(CommuneCatalogue communes, int actors, SplittableRandom random) {
        List<Commune> all = communes.listAll();
        double[] cumulativePeople = new double[all.size()];
        double total = 0;
        for (int i = 0; i < all.size(); i++) {
            Integer population = all.get(i).population();
            total += Math.pow(population == null ? 100 : Math.max(population, 1), 0.7);
            cumulativePeople[i] = total;
        }
        int count = (int) Math.max(1, Math.min(1500, Math.ceil(actors / 60.0)));
        var list = new ArrayList<Park>(count);
        cumulativeSize = new double[count];
        double size = 0;
        for (int i = 0; i < count; i++) {
            Commune commune = all.get(Draw.index(cumulativePeople, random));
            list.add(place(commune, all, random));
            size += Math.exp(Draw.gaussian(random) * 0.8);
            cumulativeSize[i] = size;
        }
        this.parks = List.copyOf(list);
    }

    private Park place(Commune commune, List<Commune> all, SplittableRandom random) {
        Commune towards = Draw.any(neighbours.computeIfAbsent(commune, c -> nearest(c, all)), random);
        double gapKm = commune.location().distanceKm(towards.location());
        double km = Math.min(Draw.between(random, 2, 5), 0.6 * gapKm);
        double fraction = gapKm > 0 ? km / gapKm : 0;
        double lat = commune.latitude() + fraction * (towards.latitude() - commune.latitude());
        double lon = commune.longitude() + fraction * (towards.longitude() - commune.longitude());
        String name = Draw.any(KINDS, random) + " "
                + (Draw.chance(random, 0.5) ? Draw.any(PLACES, random) : of(commune.name()));
        return new Park(name, commune, lat, lon);
    }

    /** "de Vitrolles", "d'Aubagne", "du Cannet", "des Mées": French elision and contraction. */
    static String of(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if ("AEIOUYÉÈÊÎÔHaeiouyéèêîôh".indexOf(name.charAt(0)) >= 0) {
            return "d'" + name;
        }
        return "de " + name;
    }

    /** The communes whose centroids are nearest, nearest first. */
    private static List<Commune> nearest(Commune commune, List<Commune> all) {
        record Distance(Commune commune, double km) {}
        return all.stream()
                .filter(other -> other != commune)
                .map(other -> new Distance(other, commune.location().distanceKm(other.location())))
                .sorted(Comparator.comparingDouble(Distance::km)
                        .thenComparing(distance -> distance.commune().inseeCode()))
                .limit(NEIGHBOURS)
                .map(Distance::commune)
                .toList();
    }

    List<Park> parks() {
        return parks;
    }

    /** A park, larger parks more often. */
    Park pick(SplittableRandom random) {
        return parks.get(Draw.index(cumulativeSize, random));
    }

    /** A site in the park: a normal scatter of about 600 m around its centre, at most 2 km away. */
    static GeoPoint site(Park park, SplittableRandom random) {
        double northKm = Math.max(-2, Math.min(2, Draw.gaussian(random) * 0.6));
        double eastKm = Math.max(-2, Math.min(2, Draw.gaussian(random) * 0.6));
        double lat = park.latitude() + northKm / KM_PER_DEGREE;
        double lon = park.longitude() + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(park.latitude())));
        return new GeoPoint(round6(lat), round6(lon));
    }

    /** Six decimals: about 10 cm, what a geocoder gives. */
    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
