package org.symbiose.engine.knowledge;

import java.util.Locale;

/**
 * What a pathway puts a resource to, as far as the rules of law and safety need to know: feeding
 * animals, food, the soil, the public's hands... Written in {@code pathways.csv}'s {@code use} column in
 * lower-case kebab case ({@code growing-media}); a pathway may have several (a meal sold as feed and as
 * fertiliser).
 */
public enum PathwayUse {
    /** Feed for farmed or pet animals (Regulation (EC) No 767/2009), including pet food. */
    FEED,
    /** Human food and drink, or a food-contact use (smoking, food-grade CO2). */
    FOOD,
    /** Cosmetics, soaps and perfumery (Regulation (EC) No 1223/2009). */
    COSMETICS,
    /** Soil improvers, fertilisers, liming materials, mulch and topsoil put on land. */
    SOIL,
    /** Land spreading under a spreading plan (épandage, arrêté du 8 janvier 1998 for sewage sludge). */
    SPREADING,
    /** Growing media: potting soils, mushroom substrates. */
    GROWING_MEDIA,
    /** Litter under farmed animals. */
    ANIMAL_BEDDING,
    /** Feedstock of a composting site, whose compost goes to land. */
    COMPOSTING,
    /** Feedstock of an anaerobic digester, whose digestate goes to land. */
    DIGESTION,
    /** Goods handed on to the public as they are: reuse centres, charities, second-hand sale. */
    PUBLIC_REUSE,
    /** Burnt or otherwise used as a fuel. */
    ENERGY,
    /** Handed to a licensed waste collector or treatment plant (ICPE, approved schemes). */
    LICENSED_TREATMENT,
    /** A raw material of an industrial process (recycling into new material). */
    MATERIAL,
    /** Aggregates, fill, road and cement raw materials. */
    CONSTRUCTION,
    /** Water for a process, cooling or irrigation. */
    WATER,
    /** Heat, steam, cold or electricity used as they come. */
    HEAT;

    /** The use written {@code text} in the CSV ("growing-media"); an unknown word is an error naming it. */
    public static PathwayUse parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown use \"" + text + "\"", e);
        }
    }

    /** As written in the CSV. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
