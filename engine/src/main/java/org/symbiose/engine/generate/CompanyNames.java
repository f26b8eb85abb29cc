package org.symbiose.engine.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fictional, French-sounding company names: a trade word, a family name of Provence, a place, sometimes a
 * legal form ("Métallerie Audibert SARL", "Transports du Var", "Roux & Fils Menuiserie"). Any resemblance
 * to a real company is a coincidence of common words.
 */
final class CompanyNames {

    private static final List<String> SURNAMES = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "Fabre",
            "Roux",
            "Blanc",
            "Garcia",
            "Giraud",
            "Olivier",
            "Arnaud",
            "Bonnet",
            "Michel",
            "Fournier",
            "Morel",
            "Girard",
            "André",
            "Mercier",
            "Faure",
            "Rousseau",
            "Chevalier",
            "Barthélemy",
            "Gauthier",
            "Perrin",
            "Castellan",
            "Bérenger",
            "Pélissier",
            "Audibert",
            "Maurel",
            "Coulomb",
            "Reynaud",
            "Isnard",
            "Aubert",
            "Brémond",
            "Granier",
            "Jourdan",
            "Ferrand",
            "Roubaud",
            "Laugier",
            "Mouret",
            "Sauvaire",
            "Escoffier",
            "Barbier",
            "Teisseire",
            "Guigou",
            "Long",
            "Imbert",
            "Rey",
            "Ricard",
            "Silvestre",
            "Vidal",
            "Bonifay",
            "Sicard",
            "Truc",
            "Agostini",
            "Santoni",
            "Ferrero",
            "Bianchi",
            "Lombardi",
            "Ollivier",
            "Peyron",
            "Chabaud",
            "Rostan",
            "Amiel",
            "Daumas");
    private static final List<String> PLACES = List.of(
            "du Var",
            "de Provence",
            "du Sud",
            "Méditerranée",
            "Azur",
            "des Alpes",
            "du Luberon",
            "de la Durance",
            "du Littoral",
            "Sainte-Victoire",
            "de l'Estérel",
            "des Calanques",
            "du Ventoux",
            "du Verdon",
            "de l'Étang",
            "Rhône-Durance",
            "Côte Bleue",
            "du Pays d'Aix",
            "de la Crau",
            "des Maures",
            "du Haut-Var",
            "Riviera",
            "du Mercantour",
            "de Camargue",
            "de l'Arc",
            "Alpilles",
            "Provence-Alpes");
    private static final List<String> FORMS = List.of("SARL", "SAS", "SA", "EURL", "SASU");
    private static final String LETTERS = "ABCDEGMPRSTV";

    private CompanyNames() {}

    static String name(Sector sector, String communeName, SplittableRandom random) {
        String word = Draw.any(sector.nameWords(), random);
        String surname = Draw.any(SURNAMES, random);
        double roll = random.nextDouble();
        String name;
        if (word.endsWith(" de") || word.startsWith("Le ") || word.startsWith("La ")) {
            name = word + " " + surname; // "La Table de Rostan", "Le Bistrot Maurel"
        } else if (roll < 0.35) {
            name = word + " " + surname;
        } else if (roll < 0.55) {
            name = word + " " + Draw.any(PLACES, random);
        } else if (roll < 0.65) {
            name = surname + " " + word;
        } else if (roll < 0.72) {
            name = word + " " + surname + (Draw.chance(random, 0.6) ? " & Fils" : " Frères");
        } else if (roll < 0.77) {
            name = surname + " & " + Draw.any(SURNAMES, random);
        } else if (roll < 0.87) {
            name = acronym(random) + " " + word;
        } else {
            name = word + " " + communeName;
        }
        if (Draw.chance(random, 0.2)) {
            name = name + " " + Draw.any(FORMS, random);
        }
        return name;
    }

    private static String acronym(SplittableRandom random) {
        int length = 3 + random.nextInt(2);
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString().toUpperCase(Locale.ROOT);
    }
}
