package org.symbiose.engine.matching;

import java.util.BitSet;
import java.util.List;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.knowledge.WasteHierarchy;

/**
 * The rules every pair must pass before it is scored, each named, with its reason: distinct actors,
 * within the distance limit, hazardous supplies only where allowed, temperatures that fit, availability
 * windows that meet. The receiver is given by numbers (its need's temperature, NaN when unknown or when
 * no need was declared, and its need's first and last days as epoch days), so that the search can ask
 * without reading it. A new gate is a constant here and a line of {@link #refusing}.
 */
public enum PairGate implements Refusing {
    DISTINCT_ACTORS(
            "distinct-actors",
            "une entreprise ne se voit pas proposer ses propres flux",
            "a company is not offered its own flows",
            "",
            ""),
    WITHIN_REACH(
            "within-reach",
            "au-delà de la distance que la ressource ou la filière admet",
            "beyond the distance the resource or the pathway allows",
            "",
            ""),
    HAZARD_ALLOWED(
            "hazard-allowed",
            "déchet dangereux\u00a0: seule une filière qui l'admet, ou un besoin déclaré de cette ressource même, peut le recevoir",
            "hazardous waste: only a pathway that allows it, or a need declared for this very resource, may take it",
            "Directive 2008/98/CE, art. 17 et 18\u00a0; Code de l'environnement, art. L541-7-2 et R541-8\u00a0; colonne"
                    + " hazardous_allowed des filières de la base de connaissances",
            "Directive 2008/98/EC, art. 17 and 18; French Environment Code, art. L541-7-2 and R541-8; the"
                    + " pathways' hazardous_allowed column in the knowledge base"),
    /**
     * A facility for non-hazardous waste (NACE 38.11, collection, and 38.21, treatment and disposal: their
     * classes say "non-hazardous"; in France, installations under ICPE headings 2771 and 2780 rather than 2770)
     * may not take hazardous waste, whatever it asked for: a municipal incinerator asking for solid recovered
     * fuel (which French law defines as made of non-hazardous waste) is not offered chlorinated still bottoms or
     * used engine oil. A company that also collects or treats hazardous waste (38.12, 38.22) may.
     */
    NOT_TO_NON_HAZARDOUS_FACILITY(
            "hazardous-not-to-non-hazardous-facility",
            "déchet dangereux\u00a0: une installation de collecte ou de traitement de déchets non dangereux ne peut pas"
                    + " le recevoir",
            "hazardous waste: a facility collecting or treating non-hazardous waste may not take it",
            "Directive 2008/98/CE, art. 17 et 23\u00a0; code de l'environnement, art. L541-7-2 et R541-8-1\u00a0;"
                    + " nomenclature des ICPE, rubriques 2770 et 2771\u00a0; NAF rév. 2, classes 38.11 et 38.21",
            "Directive 2008/98/EC, art. 17 and 23; French Environment Code, art. L541-7-2 and R541-8-1; French"
                    + " classified installations, headings 2770 and 2771; NACE Rev. 2, classes 38.11 and 38.21"),
    TEMPERATURE_FITS(
            "temperature-fits",
            "température hors de la plage de la filière ou sous celle du besoin",
            "temperature outside the pathway's range or below the need's",
            "colonnes min_temperature_c et max_temperature_c des filières de la base de connaissances",
            "the pathways' min_temperature_c and max_temperature_c columns in the knowledge base"),
    WINDOWS_OVERLAP(
            "windows-overlap",
            "périodes de disponibilité sans jour commun",
            "availability periods without a day in common",
            "",
            ""),
    /**
     * Direct reuse takes a thing as it is: a company that asked for pallets, boxes or drums is not offered
     * broken ones that way, unless its own need says broken too (a repairer or a collector asking for "palettes
     * cassées"). Pathways at the level of reuse are refused such things whoever the receiver, by {@link
     * LawRules} ({@code damaged-not-reused-as-is}).
     */
    SOUND_NEED_NOT_OFFERED_BROKEN(
            "sound-need-not-offered-broken",
            "une entreprise qui a demandé la ressource ne se voit pas proposer en réemploi direct une ressource que"
                    + " son libellé dit cassée ou endommagée, sauf si son besoin le dit aussi",
            "a company that asked for the resource is not offered, for direct reuse, one whose label says it is"
                    + " broken or damaged, unless its need says so too",
            "directive 2008/98/CE, art. 3, points 13 et 16",
            "Directive 2008/98/EC, art. 3, points 13 and 16"),
    /**
     * A pathway that names the trades that use a material describes what those trades do with it (a paper
     * mill pulps old cardboard). A company of another known trade that asked for that very material (a
     * brewery asking for "cartons pour packs de bières") wants it to use as it is, not to run the pathway's
     * process: it is not offered the pathway's inputs that way (archive paper, damaged boxes "for the paper
     * mill"), only what direct reuse or a pathway naming its trade brings. A need for what a pathway makes
     * of the material (a builder's "gravel" for slag sent to road builders) is not a need of its input and
     * keeps the pathway; so does a company whose activity is unknown. So does a company that asked for a
     * narrower kind than the supply, reached through a pathway at the level of reuse (reusable boxes sought, a
     * lot of "cartons" offered): that pathway is what picks the kind out of the generic offer for whoever wants
     * it, and reuse takes the thing as it is, whoever the user. A need for the supply's own resource or a
     * broader one (a bakery's "chaleur" for an incinerator's heat sent to district heating) is not.
     */
    TRADE_RUNS_THE_PATHWAY(
            "trade-runs-the-pathway",
            "une entreprise qui a demandé la matière même qu'une filière transforme, mais dont le métier n'est pas"
                    + " l'un de ceux que la filière nomme, ne se la voit pas proposer par cette filière",
            "a company that asked for the very material a pathway transforms, but whose trade is none of those the"
                    + " pathway names, is not offered it through that pathway",
            "",
            ""),
    /**
     * A broad NAF class holds several trades: 38.21 incinerators, composting sites, digesters and landfills; 38.32
     * scrap-metal, plastics and paper recyclers; 93.11 golf courses and swimming pools. A pathway naming the class
     * names them all. A company whose activity's words name its trade ({@link Trades}, {@code trades.csv}:
     * "Incinération de déchets non dangereux", "Récupération de ferrailles", "Piscine municipale") is not offered
     * a pathway its trade does not run (glycerol "for digestion" to the incinerator, PVC "for recycling" to the
     * scrap-metal merchant, treated wastewater to the pool, whose water must be drinking water).
     */
    TRADE_RUNS_ANOTHER_PROCESS(
            "trade-runs-another-process",
            "une entreprise dont l'activité nomme un métier de sa classe NAF qui ne pratique pas cette filière"
                    + " (un incinérateur, bien que la classe 38.21 compte aussi le compostage) ne se la voit pas"
                    + " proposer",
            "a company whose activity names a trade of its NAF class that does not run this pathway (an"
                    + " incinerator, though class 38.21 also holds composting) is not offered it",
            "",
            "");

    /**
     * The gates counted in {@link MatchResult#refused} beside the rules of law, so that a facilitator sees that a
     * hazardous waste was kept from a pathway not made for it or from a facility for non-hazardous waste, or heat
     * too cool for a pathway: the first two refuse a whole way of use (a lookup) whatever the receiver, and count
     * once per supply and way; {@link #NOT_TO_NON_HAZARDOUS_FACILITY} refuses a receiver, and counts once per such
     * receiver examined, as the rule that keeps catering waste from animals does. The others (a company's own
     * flows, distance, dates, trades) are about one pair and are not counted.
     */
    public static final List<PairGate> COUNTED =
            List.of(HAZARD_ALLOWED, TEMPERATURE_FITS, NOT_TO_NON_HAZARDOUS_FACILITY);

    /** A day before any other: a need available since always. */
    public static final long OPEN_START = Long.MIN_VALUE;
    /** A day after any other: a need available for ever. */
    public static final long OPEN_END = Long.MAX_VALUE;

    private final String id;
    private final String reasonFr;
    private final String reasonEn;
    private final String sourceFr;
    private final String sourceEn;

    PairGate(String id, String reasonFr, String reasonEn, String sourceFr, String sourceEn) {
        this.id = id;
        this.reasonFr = reasonFr;
        this.reasonEn = reasonEn;
        this.sourceFr = sourceFr;
        this.sourceEn = sourceEn;
    }

    /**
     * The gate that refuses every pair of a lookup whatever the receiver, or null: a hazardous supply on a
     * way of use that does not allow it ({@link #HAZARD_ALLOWED}), a temperature outside the pathway's range
     * ({@link #TEMPERATURE_FITS}, the pathway's part of it). The search skips such a lookup and counts it
     * once, as it does a way of use a rule of law refuses; {@link #refusing} still refuses each of its pairs.
     */
    public static PairGate refusingWay(FlowFacts supply, Lookup lookup) {
        if (!hazardAllowed(supply, lookup.via(), lookup.declared())) {
            return HAZARD_ALLOWED;
        }
        if (!temperatureFits(supply, lookup.via(), Double.NaN)) {
            return TEMPERATURE_FITS;
        }
        return null;
    }

    /** The first gate that refuses the pair, in the order above, or null when every gate lets it pass. */
    public static PairGate refusing(
            FlowFacts supply,
            Lookup lookup,
            int receiverActor,
            double distance,
            boolean declared,
            double needTemperatureC,
            long needFromDay,
            long needToDay,
            boolean supplyBroken,
            boolean needSaysBroken,
            boolean inputSoughtByAnotherTrade,
            boolean receiverTakesNonHazardousOnly,
            boolean tradeRunsAnotherProcess) {
        if (receiverActor == supply.actor().index()) {
            return DISTINCT_ACTORS;
        }
        if (distance > lookup.radiusKm()) {
            return WITHIN_REACH;
        }
        if (!hazardAllowed(supply, lookup.via(), declared)) {
            return HAZARD_ALLOWED;
        }
        if (supply.hazardous() && receiverTakesNonHazardousOnly) {
            return NOT_TO_NON_HAZARDOUS_FACILITY;
        }
        if (!temperatureFits(supply, lookup.via(), needTemperatureC)) {
            return TEMPERATURE_FITS;
        }
        if (!windowsOverlap(supply, needFromDay, needToDay)) {
            return WINDOWS_OVERLAP;
        }
        if (supplyBroken && lookup.via() instanceof Via.Direct && !needSaysBroken) {
            return SOUND_NEED_NOT_OFFERED_BROKEN;
        }
        if (inputSoughtByAnotherTrade) {
            return TRADE_RUNS_THE_PATHWAY;
        }
        if (tradeRunsAnotherProcess) {
            return TRADE_RUNS_ANOTHER_PROCESS;
        }
        return null;
    }

    /**
     * {@link #TRADE_RUNS_THE_PATHWAY}: whether a declared need reached through a pathway is of a family on the
     * branch of one the pathway takes in, from a company whose activity is known and none of those the pathway
     * names ({@code agreeing} false: see {@link ResourceFit#activityAgreement}). The families concerned are
     * worked out once per lookup ({@link #needsOfTheInputs}).
     */
    public static boolean inputSoughtByAnotherTrade(Lookup lookup, int needFamily, boolean agreeing) {
        return !agreeing && lookup.declared() && lookup.needsOfTheInputs().get(needFamily);
    }

    /**
     * The need families, by {@link Taxonomy#number number}, that {@link #inputSoughtByAnotherTrade} refuses on a
     * lookup of a pathway (none on other lookups): every family on the branch of one the pathway takes in (one
     * is a kind of the other), except, on a pathway of direct reuse, a family below the supply's own (a company
     * asking for the very thing reused, named more precisely).
     */
    public static BitSet needsOfTheInputs(Via via, int supplyFamily, int[] inputFamilies, Taxonomy taxonomy) {
        BitSet needs = new BitSet(taxonomy.size());
        if (!(via instanceof Via.ByPathway byPathway)) {
            return needs;
        }
        boolean reuse = byPathway.pathway().hierarchy() == WasteHierarchy.REUSE;
        for (int need = 0; need < taxonomy.size(); need++) {
            if (reuse && need != supplyFamily && taxonomy.isA(need, supplyFamily)) {
                continue;
            }
            for (int input : inputFamilies) {
                if (taxonomy.isA(need, input) || taxonomy.isA(input, need)) {
                    needs.set(need);
                    break;
                }
            }
        }
        return needs;
    }

    /**
     * {@link #NOT_TO_NON_HAZARDOUS_FACILITY}: whether an actor collects or treats non-hazardous waste (NACE 38.11,
     * 38.21) and not hazardous waste (38.12, 38.22).
     */
    public static boolean takesNonHazardousOnly(ActorFacts actor) {
        boolean nonHazardous = false;
        for (String prefix : actor.nafPrefixes()) {
            switch (prefix) {
                case "38.11", "38.21" -> nonHazardous = true;
                case "38.12", "38.22" -> {
                    return false;
                }
                default -> {}
            }
        }
        return nonHazardous;
    }

    /**
     * Whether what a receiver declared of its need admits the supply: its temperature ({@link
     * #TEMPERATURE_FITS}, the need's part) and its dates ({@link #WINDOWS_OVERLAP}). A company whose need
     * rules the supply out by these has said it does not want it, and is not proposed it through its activity
     * either (see {@code matching.search.SubstitutionFinder#judged}); one whose need admits it is.
     */
    public static boolean needAdmits(FlowFacts supply, FlowFacts need) {
        return temperatureFits(supply, null, need.temperatureC())
                && windowsOverlap(supply, need.fromDay(), need.toDay());
    }

    /**
     * {@link #HAZARD_ALLOWED}: a hazardous supply may follow only a pathway that allows it, or go to a
     * receiver that declared a need of that very resource (a regenerator asking for spent solvents).
     */
    static boolean hazardAllowed(FlowFacts supply, Via via, boolean declared) {
        if (!supply.hazardous()) {
            return true;
        }
        if (via instanceof Via.ByPathway byPathway) {
            return byPathway.pathway().hazardousAllowed();
        }
        return via instanceof Via.Direct && declared;
    }

    /**
     * {@link #TEMPERATURE_FITS}: heat, steam and water must be warm enough for the pathway and for the
     * receiver's declared temperature; an unknown supply temperature passes (the explanation asks to
     * confirm it).
     */
    static boolean temperatureFits(FlowFacts supply, Via via, double needTemperatureC) {
        if (!supply.hasTemperature()) {
            return true;
        }
        double t = supply.temperatureC();
        if (via instanceof Via.ByPathway byPathway) {
            Pathway pathway = byPathway.pathway();
            if (pathway.minTemperatureC() != null && t < pathway.minTemperatureC()) {
                return false;
            }
            if (pathway.maxTemperatureC() != null && t > pathway.maxTemperatureC()) {
                return false;
            }
        }
        return Double.isNaN(needTemperatureC) || t >= needTemperatureC;
    }

    /** {@link #WINDOWS_OVERLAP}: both availability windows, when given, share at least a day. */
    static boolean windowsOverlap(FlowFacts supply, long needFromDay, long needToDay) {
        return supply.toDay() >= needFromDay && needToDay >= supply.fromDay();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String reasonFr() {
        return reasonFr;
    }

    @Override
    public String reasonEn() {
        return reasonEn;
    }

    /** Where the gate comes from, for the refusals it counts ({@link #COUNTED}); empty for the others. */
    public String sourceFr() {
        return sourceFr;
    }

    public String sourceEn() {
        return sourceEn;
    }
}
