package org.symbiose.engine.matching;

import static org.symbiose.engine.knowledge.PathwayUse.ANIMAL_BEDDING;
import static org.symbiose.engine.knowledge.PathwayUse.COMPOSTING;
import static org.symbiose.engine.knowledge.PathwayUse.COSMETICS;
import static org.symbiose.engine.knowledge.PathwayUse.DIGESTION;
import static org.symbiose.engine.knowledge.PathwayUse.FEED;
import static org.symbiose.engine.knowledge.PathwayUse.FOOD;
import static org.symbiose.engine.knowledge.PathwayUse.GROWING_MEDIA;
import static org.symbiose.engine.knowledge.PathwayUse.LICENSED_TREATMENT;
import static org.symbiose.engine.knowledge.PathwayUse.PUBLIC_REUSE;
import static org.symbiose.engine.knowledge.PathwayUse.SOIL;
import static org.symbiose.engine.knowledge.PathwayUse.SPREADING;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.knowledge.PathwayUse;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.knowledge.WasteHierarchy;

/**
 * The rules of law and safety ({@link LawRule}), and what they need to know of a supply, worked out
 * once per supply as bits ("traits"), and of a lookup, once per lookup as the traits it refuses: the
 * search then refuses with a mask, never a string. {@link #refusal} is the plain definition, which the
 * all-pairs baseline applies pair by pair.
 */
public final class LawRules {

    /** Catering waste (20 01 08, kitchen and canteen waste, used cooking oil 20 01 25). */
    static final int CATERING = 1;
    /** Former foodstuffs whose label names meat or fish. */
    static final int ANIMAL_PRODUCTS = 1 << 1;
    /** Hazardous: flagged, or an asterisk entry of the List of Waste. */
    static final int HAZARDOUS = 1 << 2;
    /** Sewage sludge (19 08 05). */
    static final int SEWAGE_SLUDGE = 1 << 3;
    /** Healthcare waste (List-of-Waste chapter 18). */
    static final int HEALTHCARE = 1 << 4;
    /** Read as former foodstuffs, and also as something that is not food ("articles déclassés invendus"). */
    static final int NOT_PLAINLY_FOOD = 1 << 5;
    /** A label that says the thing is broken or damaged ("palettes cassées", "cartons abîmés", "damaged drums"). */
    static final int DAMAGED = 1 << 6;
    /** A label that says the thing cannot be repaired ("palettes non réparables", "beyond repair"). */
    static final int BEYOND_REPAIR = 1 << 7;
    /** Animal by-products as they come: meat, bones, fish, feathers, blood, fats (family {@code animal-by-products}). */
    static final int RAW_ANIMAL_BY_PRODUCTS = 1 << 8;

    private static final Set<PathwayUse> NOT_FOR_HAZARDOUS = EnumSet.of(
            FEED, FOOD, COSMETICS, SOIL, SPREADING, GROWING_MEDIA, ANIMAL_BEDDING, COMPOSTING, DIGESTION, PUBLIC_REUSE);
    private static final Set<PathwayUse> LAND_BUT_SPREADING = EnumSet.of(SOIL, GROWING_MEDIA);

    static final LawRule CATERING_WASTE_NOT_TO_FEED = new LawRule(
            "catering-waste-not-to-feed",
            CATERING | ANIMAL_PRODUCTS,
            "les déchets de cuisine et de table et les denrées contenant de la viande ou du poisson ne peuvent"
                    + " nourrir des animaux d'élevage",
            "catering waste and food containing meat or fish may not feed farmed animals",
            "règlement (CE) n° 1069/2009, art. 11, et règlement (UE) n° 142/2011, annexe X",
            "Regulation (EC) No 1069/2009, art. 11, and Regulation (EU) No 142/2011, Annex X",
            (uses, level, pathway, feedsAnimals) -> uses.contains(FEED) || feedsAnimals);

    static final LawRule RAW_ANIMAL_BY_PRODUCTS_NOT_FED = new LawRule(
            "raw-animal-by-products-not-fed-to-farmed-animals",
            RAW_ANIMAL_BY_PRODUCTS,
            "des sous-produits animaux crus (viande, os, poisson, plumes, sang, graisses) ne nourrissent pas"
                    + " directement des animaux d'élevage\u00a0: ils passent par un établissement agréé (équarrissage,"
                    + " aliments pour animaux de compagnie, farines), et aucune protéine animale ne va aux ruminants",
            "raw animal by-products (meat, bones, fish, feathers, blood, fats) do not feed farmed animals"
                    + " directly: they go through an approved plant (rendering, pet food, fish meal), and no animal"
                    + " protein goes to ruminants",
            "règlement (CE) n° 1069/2009, art. 14 et 18, et règlement (CE) n° 999/2001, art. 7 et annexe IV",
            "Regulation (EC) No 1069/2009, art. 14 and 18, and Regulation (EC) No 999/2001, art. 7 and Annex IV",
            (uses, level, pathway, feedsAnimals) -> feedsAnimals);

    static final LawRule FORMER_FOODSTUFFS_PLAINLY_FOOD = new LawRule(
            "former-foodstuffs-plainly-food",
            NOT_PLAINLY_FOOD,
            "des anciennes denrées ne vont en alimentation animale que si le libellé désigne clairement un"
                    + " aliment (ici, il se lit aussi comme autre chose)",
            "former foodstuffs go to feed only when the label plainly names food (this one also reads as"
                    + " something else)",
            "règlement (UE) n° 68/2013 (catalogue des matières premières pour aliments des animaux), partie A,"
                    + " point 3, et règlement (CE) n° 767/2009, art. 4",
            "Regulation (EU) No 68/2013 (Catalogue of feed materials), Part A, point 3, and Regulation (EC)"
                    + " No 767/2009, art. 4",
            (uses, level, pathway, feedsAnimals) -> uses.contains(FEED) || feedsAnimals);

    static final LawRule HAZARDOUS_NOT_TO_FOOD_CHAIN_SOIL_OR_PUBLIC = new LawRule(
            "hazardous-not-to-food-soil-or-public",
            HAZARDOUS,
            "un déchet dangereux ne va ni en alimentation humaine ou animale, ni en cosmétique, ni au sol"
                    + " (amendement, épandage, compost, digestat, support de culture), ni en réemploi par le public",
            "hazardous waste goes neither to food, feed or cosmetics, nor to the soil (improvers, spreading,"
                    + " compost, digestate, growing media), nor to reuse by the public",
            "directive 2008/98/CE, art. 7 et 17\u00a0; code de l'environnement, art. L541-7-2 et R541-8",
            "Directive 2008/98/EC, art. 7 and 17; French Environment Code, art. L541-7-2 and R541-8",
            (uses, level, pathway, feedsAnimals) -> uses.stream().anyMatch(NOT_FOR_HAZARDOUS::contains));

    static final LawRule SEWAGE_SLUDGE_ONLY_SPREAD = new LawRule(
            "sewage-sludge-not-to-feed-land-only-by-spreading",
            SEWAGE_SLUDGE,
            "les boues d'épuration ne vont ni en alimentation humaine ou animale, et ne vont au sol que par"
                    + " un épandage suivi (plan d'épandage)",
            "sewage sludge goes neither to food nor to feed, and to land only through monitored spreading"
                    + " (a spreading plan)",
            "directive 86/278/CEE\u00a0; code de l'environnement, art. R211-25 à R211-47\u00a0; arrêté du 8 janvier 1998",
            "Directive 86/278/EEC; French Environment Code, art. R211-25 to R211-47; order of 8 January 1998",
            (uses, level, pathway, feedsAnimals) -> uses.contains(FEED)
                    || uses.contains(FOOD)
                    || uses.contains(COSMETICS)
                    || uses.stream().anyMatch(LAND_BUT_SPREADING::contains));

    static final LawRule HEALTHCARE_ONLY_LICENSED = new LawRule(
            "healthcare-waste-only-licensed-treatment",
            HEALTHCARE,
            "les déchets d'activités de soins ne vont qu'à une filière de traitement autorisée",
            "healthcare waste goes only to a licensed treatment route",
            "code de la santé publique, art. R1335-1 à R1335-8\u00a0; arrêté du 7 septembre 1999",
            "French Public Health Code, art. R1335-1 to R1335-8; order of 7 September 1999",
            (uses, level, pathway, feedsAnimals) -> !pathway || !uses.contains(LICENSED_TREATMENT));

    /**
     * Reuse is for products that are not waste, used again as they are; a broken or damaged one is waste,
     * and goes at best to preparing for reuse (checking, cleaning, repairing): the repairer, not the company
     * that would use it as it is. A pathway at the level of reuse says so of what it takes ("palettes saines",
     * "cagettes non cassées").
     */
    static final LawRule DAMAGED_NOT_REUSED_AS_IS = new LawRule(
            "damaged-not-reused-as-is",
            DAMAGED | BEYOND_REPAIR,
            "un objet que son libellé dit cassé ou endommagé n'est pas réemployé en l'état : il passe d'abord"
                    + " par une préparation en vue de la réutilisation (contrôle, nettoyage, réparation)",
            "an item whose label says it is broken or damaged is not reused as it is: it first goes through"
                    + " preparing for reuse (checking, cleaning, repair)",
            "directive 2008/98/CE, art. 3, points 13 et 16 ; code de l'environnement, art. L541-1-1",
            "Directive 2008/98/EC, art. 3, points 13 and 16; French Environment Code, art. L541-1-1",
            (uses, level, pathway, feedsAnimals) -> level == WasteHierarchy.REUSE);

    /** Preparing for reuse repairs; what its label says cannot be repaired goes to recycling or recovery. */
    static final LawRule BEYOND_REPAIR_NOT_PREPARED_FOR_REUSE = new LawRule(
            "beyond-repair-not-prepared-for-reuse",
            BEYOND_REPAIR,
            "un objet que son libellé dit non réparable ne va pas en préparation en vue de la réutilisation",
            "an item whose label says it cannot be repaired does not go to preparing for reuse",
            "directive 2008/98/CE, art. 3, point 16 ; code de l'environnement, art. L541-1-1",
            "Directive 2008/98/EC, art. 3, point 16; French Environment Code, art. L541-1-1",
            (uses, level, pathway, feedsAnimals) -> level == WasteHierarchy.PREPARATION_FOR_REUSE);

    /** Every rule, in the order a refusal names the first that applies. */
    static final List<LawRule> ALL = List.of(
            HEALTHCARE_ONLY_LICENSED,
            HAZARDOUS_NOT_TO_FOOD_CHAIN_SOIL_OR_PUBLIC,
            CATERING_WASTE_NOT_TO_FEED,
            RAW_ANIMAL_BY_PRODUCTS_NOT_FED,
            SEWAGE_SLUDGE_ONLY_SPREAD,
            FORMER_FOODSTUFFS_PLAINLY_FOOD,
            BEYOND_REPAIR_NOT_PREPARED_FOR_REUSE,
            DAMAGED_NOT_REUSED_AS_IS);

    /** Words of a former foodstuff's label that name meat or fish, accents and case folded. */
    private static final Pattern MEAT_OR_FISH = Pattern.compile("\\b(viandes?|poissons?|charcuteries?|jambons?"
            + "|saucisses?|poulets?|plats? cuisines?|sandwichs?|meats?|fish|hams?|sausages?|chickens?|ready meals?"
            + "|kebabs?|burgers?)\\b");

    private final Taxonomy taxonomy;

    LawRules(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The first rule that refuses a supply of these traits on a lookup's way of use, or null. */
    public static LawRule refusal(int traits, Lookup lookup, boolean receiverFeedsAnimals) {
        if (traits == 0) {
            return null;
        }
        boolean pathway = lookup.via() instanceof Via.ByPathway;
        return refusal(traits, uses(lookup.via()), level(lookup.via()), pathway, receiverFeedsAnimals);
    }

    /**
     * The first rule that refuses a supply of these traits on a way of use, or null: a pathway's uses and
     * level in the waste hierarchy, or no use and no level for a route that is no pathway, whose receiver may
     * feed animals (which counts only off a pathway: a pathway says itself what it puts the resource to).
     */
    public static LawRule refusal(
            int traits, Set<PathwayUse> uses, WasteHierarchy level, boolean pathway, boolean receiverFeedsAnimals) {
        for (LawRule rule : ALL) {
            if (rule.refuses(traits, uses, level, pathway, !pathway && receiverFeedsAnimals)) {
                return rule;
            }
        }
        return null;
    }

    /** The traits for which some rule refuses a lookup, whatever its receiver (or one that feeds animals). */
    static int refusingTraits(Via via, boolean receiverFeedsAnimals) {
        boolean pathway = via instanceof Via.ByPathway;
        int traits = 0;
        for (LawRule rule : ALL) {
            if (rule.forbids().test(uses(via), level(via), pathway, !pathway && receiverFeedsAnimals)) {
                traits |= rule.trait();
            }
        }
        return traits;
    }

    private static Set<PathwayUse> uses(Via via) {
        return via instanceof Via.ByPathway byPathway ? byPathway.pathway().uses() : Set.of();
    }

    /**
     * A pathway's level; reuse for a company found through its activity's usual consumption of things reused as
     * they are ("uses pallets"): its trade takes them so, and nothing repairs them on the way. Direct reuse to a
     * declared need is judged by the need's own words ({@link PairGate#SOUND_NEED_NOT_OFFERED_BROKEN}).
     */
    static WasteHierarchy level(Via via) {
        if (via instanceof Via.ByActivity byActivity) {
            return byActivity.takenAsIs() ? WasteHierarchy.REUSE : null;
        }
        return via instanceof Via.ByPathway byPathway ? byPathway.pathway().hierarchy() : null;
    }

    /** Whether a supply of these traits is said broken, damaged or beyond repair ({@link StateWords}). */
    public static boolean broken(int traits) {
        return (traits & (DAMAGED | BEYOND_REPAIR)) != 0;
    }

    /** What the rules need to know of a supply, as bits; worked out once per supply. */
    public int traits(FlowFacts supply) {
        String ewc = supply.flow().ewc();
        int traits = supply.hazardous() ? HAZARDOUS : 0;
        if ("200108".equals(ewc) || "200125".equals(ewc) || anyIsA(supply, "food-waste")) {
            traits |= CATERING;
        }
        if ("190805".equals(ewc) || anyIsA(supply, "sewage-sludge")) {
            traits |= SEWAGE_SLUDGE;
        }
        if ((ewc != null && ewc.startsWith("18")) || anyIsA(supply, "healthcare-waste")) {
            traits |= HEALTHCARE;
        }
        if (anyIsA(supply, "animal-by-products")) {
            traits |= RAW_ANIMAL_BY_PRODUCTS;
        }
        traits |= supply.state();
        boolean formerFood = anyIsA(supply, "unsold-food") || anyIsA(supply, "bakery-waste");
        if (formerFood) {
            if (namesMeatOrFish(supply.flow().label())) {
                traits |= ANIMAL_PRODUCTS;
            }
            for (Classification family : supply.families()) {
                if (!isA(family.family(), "biowaste")) {
                    traits |= NOT_PLAINLY_FOOD;
                }
            }
        }
        return traits;
    }

    /**
     * Whether an actor keeps farmed animals or makes feed (NAF 01.4 animal production, 01.5 mixed farming,
     * 03.2 aquaculture, 10.91 and 10.92 feed and pet food): a resource that such an actor takes as it is,
     * outside any pathway, is taken to feed animals.
     */
    public static boolean feedsAnimals(ActorFacts actor) {
        for (String prefix : actor.nafPrefixes()) {
            switch (prefix) {
                case "01.4", "01.5", "03.2", "10.91", "10.92" -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    private boolean anyIsA(FlowFacts supply, String family) {
        for (Classification reading : supply.families()) {
            if (isA(reading.family(), family)) {
                return true;
            }
        }
        return false;
    }

    private boolean isA(String family, String ancestor) {
        return taxonomy.contains(ancestor) && taxonomy.contains(family) && taxonomy.isA(family, ancestor);
    }

    private static boolean namesMeatOrFish(String label) {
        if (label == null) {
            return false;
        }
        String folded = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return MEAT_OR_FISH.matcher(folded).find();
    }
}
