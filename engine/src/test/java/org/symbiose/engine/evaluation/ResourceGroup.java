package org.symbiose.engine.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The broad kind of resource an exchange moves, for reporting hit rates by kind. Derived from the row's
 * category and a few words of its label, in this order; it is a reporting aid of the harness, not something
 * the engine sees.
 */
enum ResourceGroup {
    HEAT_STEAM("heat and steam"),
    WATER("water"),
    GASES("CO2 and other gases"),
    FUELS("fuels and energy carriers"),
    SLUDGES("sludges"),
    CHEMICALS("chemicals"),
    MINERALS("ashes, slags, gypsum and minerals"),
    ORGANICS("organics and food by-products"),
    MATERIALS("plastics, metals, wood, paper, glass, textiles, rubber"),
    OTHER("other");

    private static final List<String> GAS_WORDS = List.of(
            "co2", "carbon dioxide", "hydrogen", "h2 ", "sulphur dioxide", "so2", "flue gas", "hydrogène", "fumées");
    private static final List<String> FUEL_WORDS = List.of(
            "used oil",
            "engine oil",
            "lubricating oil",
            "slop oil",
            "waste hydrocarbons",
            "lignin",
            "bagasse pith",
            "meat and bone meal",
            "combustible household",
            "chicken litter",
            "broiler manure",
            "gaz sidérurgiques");
    private static final List<String> SLUDGE_WORDS =
            List.of("sludge", "biosolids", "residuals", "filter mud", "press mud", "lime mud", "white mud", "boues");
    private static final List<String> CHEMICAL_WORDS = List.of(
            "acid",
            "caustic",
            "lye",
            "sulphur",
            "sulphate",
            "thiosulphate",
            "catalyst",
            "solvent",
            "methanol",
            "ipa",
            "etchant",
            "etching",
            "pickl",
            "ammonia liquor",
            "glycerine",
            "bittern",
            "ink",
            "coal tar",
            "hcl",
            "soapstock",
            "acide",
            "solvants",
            "soufre",
            "bains de décapage",
            "goudron",
            "pâtes de neutralisation");
    private static final List<String> MINERAL_WORDS = List.of(
            "ash",
            "fa ",
            "slag",
            "gypsum",
            "phosphogypsum",
            "titanogypsum",
            "plasterboard",
            "microsilica",
            "topsoil",
            "sand",
            "lime",
            "red mud",
            "bauxite",
            "mill scale",
            "dust",
            "silica",
            "pot lining",
            "spl",
            "cathodes",
            "ceramic",
            "soil",
            "shells",
            "gbfs",
            "fines",
            "clinker",
            "cendres",
            "gypse",
            "sable",
            "calcaire",
            "brasque",
            "coquilles",
            "béton",
            "matériaux d'excavation",
            "tessons",
            "calcin",
            "plâtre",
            "écumes",
            "mattes");
    private static final List<String> ORGANIC_WORDS = List.of(
            "grain",
            "yeast",
            "whey",
            "molasses",
            "vinasse",
            "bagasse",
            "stillage",
            "ddgs",
            "draff",
            "pot ale",
            "peel",
            "food",
            "kitchen",
            "bread",
            "chocolate",
            "coffee",
            "pomace",
            "marc",
            "tallow",
            "fish",
            "manure",
            "fermentation",
            "digestate",
            "cooking oil",
            "frying oil",
            "uco",
            "hulls",
            "steep",
            "compost",
            "bleaching earth",
            "vegetable",
            "organic",
            "trimmings and",
            "broth",
            "nutrient",
            "biodéchets",
            "fruits",
            "légumes",
            "épluchures",
            "drêches",
            "grignons",
            "pulpes",
            "radicelles",
            "lies",
            "lactosérum",
            "perméat",
            "levure",
            "poisson",
            "fientes",
            "fumier",
            "digestat",
            "coques",
            "pellicules",
            "amidon",
            "eaux de trempe",
            "brisures",
            "invendus de pain",
            "pailles",
            "chènevotte",
            "déchets verts",
            "sarments",
            "huile",
            "huiles de friture");

    private final String title;

    ResourceGroup(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    static ResourceGroup of(RealExchange x) {
        String label = " " + x.supplyLabel().toLowerCase(Locale.ROOT) + " ";
        switch (x.supplyCategory()) {
            case "heat":
                return HEAT_STEAM;
            case "water":
                return WATER;
            default:
                break;
        }
        if (any(label, List.of("gypsum", "slag", "laitier", "gypse"))) {
            return MINERALS;
        }
        if (any(label, GAS_WORDS)) {
            return GASES;
        }
        if ("energy".equals(x.supplyCategory()) || any(label, FUEL_WORDS)) {
            return FUELS;
        }
        if (any(label, SLUDGE_WORDS)) {
            return SLUDGES;
        }
        if (any(label, CHEMICAL_WORDS)) {
            return CHEMICALS;
        }
        if (any(label, MINERAL_WORDS)) {
            return MINERALS;
        }
        if (any(label, ORGANIC_WORDS)) {
            return ORGANICS;
        }
        if (any(
                label,
                List.of(
                        "plastic",
                        "pet ",
                        "pe ",
                        "pvc",
                        "polystyrene",
                        "polypropylene",
                        "scrap",
                        "steel",
                        "aluminium",
                        "swarf",
                        "paper",
                        "cardboard",
                        "carton",
                        "corrugated",
                        "wood",
                        "sawdust",
                        "shavings",
                        "chips",
                        "bark",
                        "pallets",
                        "glass",
                        "cullet",
                        "textile",
                        "fabric",
                        "wool",
                        "carpet",
                        "tyre",
                        "rubber",
                        "cartridge",
                        "lamps",
                        "circuit board",
                        "copiers",
                        "regrind",
                        "offcuts",
                        "packaging",
                        "straw",
                        "palettes",
                        "bois",
                        "sciure",
                        "retailles",
                        "carton",
                        "papier",
                        "liners",
                        "pehd",
                        "pare-chocs",
                        "big bags",
                        "fûts",
                        "grv",
                        "tissus",
                        "verre",
                        "chiffons",
                        "plaques",
                        "articles",
                        "écorces",
                        "chutes"))) {
            return MATERIALS;
        }
        return OTHER;
    }

    /** Whether one of the words starts a word of the label ("ash" in "fly ash", not in "washing"). */
    private static boolean any(String label, List<String> words) {
        for (String word : words) {
            int at = label.indexOf(word);
            while (at >= 0) {
                if (at == 0 || !Character.isLetter(label.charAt(at - 1))) {
                    return true;
                }
                at = label.indexOf(word, at + 1);
            }
        }
        return false;
    }
}
