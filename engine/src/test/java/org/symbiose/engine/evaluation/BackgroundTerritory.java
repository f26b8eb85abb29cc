package org.symbiose.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.quantity.Period;

/**
 * The companies that compete with the true receiver of an exchange: a seeded mix of the activities of an
 * industrial territory (many small firms in construction, metalwork, trade, logistics, food and services,
 * a few farms and utilities, a handful of heavy plants), each with two to six flows written the way
 * companies write them, in English or French, placed at random within a radius of a centre.
 *
 * <p>The mix deliberately contains plausible rivals for every kind of resource: waste collectors and
 * recyclers that take almost anything, farms and composting plants for organics, concrete and road
 * builders for mineral residues, greenhouses, laundries and pools that want heat, and now and then a
 * cement plant, a power plant or a chemical plant.
 */
final class BackgroundTerritory {

    /** One line per activity: NACE class | relative weight | activity texts (/) | flows (;). */
    private static final String PROFILES = """
            43.21|10|electrical contractor/electrical installation company|O:waste:cable offcuts:chutes de câbles:170411;O:waste:cardboard packaging:emballages carton:150101;O:waste:WEEE:DEEE:200136;I:material:wooden reels:tourets bois;O:waste:plastic film:films plastiques:150102
            43.22|9|plumbing and HVAC installer/heating and air-conditioning installer|O:waste:copper pipe offcuts:chutes de cuivre:170401;O:waste:old boilers:vieilles chaudières;O:waste:cardboard:cartons:150101;O:waste:PVC pipes offcuts:chutes de tubes PVC:170203
            43.99|6|masonry contractor/building contractor|O:waste:concrete rubble:gravats de béton:170101;O:waste:mixed construction waste:déchets de chantier en mélange:170904;I:material:sand:sable;I:material:gravel:graviers;O:waste:wooden formwork:bois de coffrage:170201
            43.31|3|plastering and drywall contractor|O:waste:plasterboard offcuts:chutes de plaques de plâtre:170802;O:waste:plastic packaging:emballages plastiques:150102;I:material:plasterboard:plaques de plâtre
            43.34|3|painting and decorating company|O:waste:paint residues:restes de peinture:080111;O:waste:empty paint cans:pots de peinture vides:150110;O:waste:solvent-soaked rags:chiffons souillés:150202;I:material:paint:peinture
            43.12|3|earthworks and site preparation contractor|O:waste:excavated soil:terres d'excavation:170504;I:material:backfill material:matériaux de remblai;I:material:crushed aggregates:granulats concassés;O:waste:used tyres:pneus usagés:160103;O:waste:waste oil:huiles usagées:130205
            42.11|2|road construction company/road works contractor|O:waste:asphalt planings:fraisats d'enrobés:170302;I:material:road base aggregates:grave routière;I:material:bitumen:bitume;O:waste:concrete kerbs:bordures béton:170101;I:water:process water:eau de process
            41.20|4|general building contractor/construction company|O:waste:mixed construction waste:déchets de chantier:170904;O:waste:scrap metal:ferraille:170405;O:waste:waste wood:bois de démolition:170201;I:material:ready-mix concrete:béton prêt à l'emploi;O:waste:cardboard:cartons:150101
            25.62|7|machining workshop/precision engineering company|O:waste:steel swarf:copeaux d'acier:120101;O:waste:aluminium turnings:copeaux d'aluminium:120103;O:waste:spent cutting fluid:huile de coupe usagée:120109;I:material:steel bars:barres d'acier;O:waste:wooden pallets:palettes bois:150103;I:material:cutting oil:huile de coupe
            25.11|4|steel fabrication workshop/metal structures fabricator|O:waste:steel offcuts:chutes d'acier:120101;O:waste:welding fumes filters:filtres de soudage;O:waste:paint sludge:boues de peinture:080113;I:material:steel sections:profilés acier;O:waste:pallets:palettes:150103
            25.61|3|electroplating and surface treatment company|O:waste:spent acid baths:bains acides usés:110105;O:waste:metal hydroxide sludge:boues d'hydroxydes métalliques:110109;I:material:sulphuric acid:acide sulfurique;I:material:caustic soda:soude caustique;I:heat:hot water for baths:eau chaude pour bains
            33.12|4|industrial maintenance company/machinery repair workshop|O:waste:used oil:huile usagée:130205;O:waste:oily rags:chiffons souillés:150202;O:waste:scrap metal:ferrailles:200140;I:material:spare parts:pièces détachées
            45.20|8|car repair garage/truck maintenance workshop|O:waste:used engine oil:huiles moteur usagées:130205;O:waste:used tyres:pneus usagés:160103;O:waste:lead batteries:batteries au plomb:160601;O:waste:oil filters:filtres à huile:160107;O:waste:brake fluid:liquide de frein:160113;I:water:washing water:eau de lavage
            46.69|5|industrial supplies wholesaler/machinery wholesaler|O:waste:cardboard packaging:emballages carton:150101;O:waste:stretch film:film étirable:150102;O:waste:wooden pallets:palettes:150103;I:material:pallets:palettes
            46.73|3|building materials merchant|O:waste:broken pallets:palettes cassées:150103;O:waste:plastic strapping:feuillards plastiques:150102;O:waste:damaged plasterboard:plâtre endommagé:170802
            46.31|3|fruit and vegetable wholesaler|O:waste:unsold fruit and vegetables:fruits et légumes invendus:020304;O:waste:wooden crates:cagettes bois:150103;O:waste:cardboard:cartons:150101;I:energy:refrigeration:froid
            46.39|2|food wholesaler/food distribution platform|O:waste:expired food products:denrées périmées:020304;O:waste:cardboard:cartons:150101;O:waste:plastic film:film plastique:150102;I:energy:refrigeration capacity:froid positif
            46.77|2|scrap metal merchant/metal recycling yard|I:material:ferrous scrap:ferraille;I:material:non-ferrous metals:métaux non ferreux;I:material:cables:câbles;O:material:sorted steel scrap:ferrailles triées:191202;O:waste:shredder residue:résidus de broyage:191004
            47.11|4|supermarket/hypermarket|O:waste:unsold food:invendus alimentaires:200108;O:waste:cardboard:cartons:150101;O:waste:plastic film:films plastiques:150102;O:heat:refrigeration heat:chaleur des groupes froid::35;O:waste:cooking oil:huile de friture:200125
            49.41|6|road haulage company/freight transport company|O:waste:used tyres:pneus usagés:160103;O:waste:used engine oil:huile moteur usagée:130205;O:waste:pallets:palettes:150103;I:energy:diesel:gazole;I:energy:bioNGV:bioGNV
            52.10|6|logistics warehouse/storage and distribution centre|O:waste:cardboard:cartons:150101;O:waste:stretch film:film étirable:150102;O:waste:broken pallets:palettes cassées:150103;I:material:pallets:palettes;I:space:storage space:surface de stockage
            56.10|7|restaurant/canteen operator|O:waste:food waste:biodéchets:200108;O:waste:used cooking oil:huiles alimentaires usagées:200125;O:waste:glass bottles:bouteilles en verre:150107;O:waste:cardboard:cartons:150101
            56.29|2|contract catering kitchen|O:waste:kitchen waste:déchets de cuisine:200108;O:waste:frying oil:huile de friture usagée:200125;O:waste:packaging:emballages:150106;I:heat:hot water:eau chaude
            55.10|2|hotel|O:waste:food waste:déchets alimentaires:200108;O:waste:glass:verre:200102;O:waste:linen:linge usagé:200111;I:heat:heating and hot water:chauffage et eau chaude
            86.10|1|hospital|O:waste:clinical waste:DASRI:180103;O:waste:food waste:biodéchets:200108;I:heat:heat for heating:chaleur pour chauffage;I:energy:steam for sterilisation:vapeur de stérilisation;O:waste:cardboard:cartons:150101
            96.01|2|industrial laundry|I:heat:hot water:eau chaude::70;I:energy:steam:vapeur;O:water:washing wastewater:eaux de lavage;O:waste:textile scraps:chutes textiles:200111
            93.11|1|swimming pool/sports centre|I:heat:pool heating:chauffage des bassins::30;I:water:water for pools:eau;O:water:backwash water:eaux de lavage de filtres
            93.19|1|golf course|I:water:irrigation water:eau d'irrigation;I:material:sand for bunkers:sable;I:material:compost:compost;O:waste:grass clippings:tontes de gazon:200201
            81.30|3|landscaping company/green spaces maintenance|O:waste:green waste:déchets verts:200201;O:waste:branches and prunings:branchages:200201;I:material:compost:compost;I:material:topsoil:terre végétale;I:water:irrigation water:eau d'arrosage
            81.22|3|industrial cleaning company|O:waste:oily water:eaux huileuses:130507;O:waste:sludge from tank cleaning:boues de curage:050103;I:material:detergents:détergents
            10.71|3|industrial bakery/bakery and pastry production|O:waste:bread waste:déchets de pain:020601;O:waste:flour dust:poussières de farine:020699;O:waste:cardboard:cartons:150101;I:material:flour:farine;I:heat:oven heat:chaleur
            10.13|2|cured meats producer/meat products plant|O:waste:animal by-products:sous-produits animaux:020202;O:waste:fat:graisses:020202;I:heat:hot water for cleaning:eau chaude de nettoyage::60;O:water:process wastewater:eaux usées de process
            10.51|1|dairy/cheese dairy|O:by-product:whey:lactosérum:020501;O:waste:dairy sludge:boues de laiterie:020502;I:heat:process heat:chaleur process::80;I:water:process water:eau de process
            10.39|2|fruit and vegetable processing plant/canned vegetables factory|O:waste:vegetable peelings:épluchures de légumes:020304;O:waste:fruit pulp:pulpes de fruits:020304;O:water:washing water:eaux de lavage;I:heat:steam:vapeur
            10.82|1|confectionery/chocolate factory|O:waste:off-spec confectionery:confiseries non conformes:020304;O:waste:cocoa shells:coques de cacao:020399;O:waste:packaging film:films d'emballage:150102;I:heat:process heat:chaleur process
            10.91|1|feed mill/animal feed manufacturer|I:material:feed ingredients:matières premières pour l'alimentation animale;I:material:cereals:céréales;O:waste:dust from grain cleaning:poussières de céréales:020399;I:heat:steam for pelleting:vapeur pour granulation
            11.05|1|craft brewery|O:by-product:spent grain:drêches:020799;O:by-product:spent yeast:levures:020799;O:by-product:CO2:CO2;I:heat:heat for brewing:chaleur
            11.02|1|winery/wine cooperative|O:by-product:grape marc:marc de raisin:020704;O:waste:wine lees:lies de vin:020704;O:water:winery wastewater:effluents vinicoles
            11.07|1|soft drinks bottler|I:material:CO2 for carbonation:CO2;O:waste:PET preforms rejects:rebuts de préformes PET:070213;O:waste:sugar syrup residues:sirops:020799;I:water:process water:eau
            01.13|2|vegetable grower (greenhouses)/market gardener|I:heat:heat for greenhouses:chauffage des serres;I:material:CO2 enrichment:CO2;O:waste:plant residues:déchets végétaux:020103;I:material:compost:compost;I:water:irrigation water:eau d'irrigation
            01.11|2|arable farm/cereal farm|I:material:fertiliser:engrais;I:material:organic amendment:amendement organique;O:by-product:straw:paille:020103;I:material:agricultural lime:amendement calcaire
            01.41|1|dairy farm/cattle farm|O:by-product:cattle manure:fumier:020106;I:material:animal feed:aliments pour bétail;I:material:bedding:litière;O:waste:silage film:film d'ensilage:020104
            01.46|1|pig farm|O:by-product:pig slurry:lisier:020106;I:material:pig feed:aliments;I:material:liquid feed:soupe
            01.47|1|poultry farm|O:by-product:poultry manure:fientes:020106;I:material:poultry feed:aliments volailles;I:material:wood shavings:copeaux pour litière;I:heat:heating for poultry houses:chauffage
            01.30|1|plant nursery|I:material:growing media:substrats;I:heat:greenhouse heating:chauffage serre;O:waste:plastic pots:pots plastiques:020104;O:waste:green waste:déchets verts:020103
            16.10|1|sawmill|O:by-product:sawdust:sciure:030105;O:by-product:bark:écorces:030101;O:by-product:wood chips:plaquettes:030105;I:heat:heat for kilns:chaleur pour séchoirs
            16.24|2|pallet manufacturer and repairer|I:material:used pallets:palettes usagées;I:material:sawn timber:bois scié;O:by-product:wood offcuts:chutes de bois:030105;O:by-product:sawdust:sciure:030105
            16.23|2|joinery/carpentry workshop|O:by-product:wood shavings:copeaux de bois:030105;O:waste:MDF offcuts:chutes de MDF:030105;O:waste:varnish residues:résidus de vernis:080111;I:material:timber:bois
            31.09|2|furniture manufacturer|O:waste:chipboard offcuts:chutes de panneaux:030105;O:waste:foam offcuts:chutes de mousse:070213;O:waste:cardboard:cartons:150101;I:material:wood panels:panneaux bois
            17.21|1|corrugated packaging plant/box maker|O:waste:cardboard trimmings:rognures de carton:030308;I:material:paperboard:papier carton;O:waste:starch glue residues:colle amidon;I:heat:steam for corrugator:vapeur
            18.12|3|printing company/print shop|O:waste:paper trimmings:rognures de papier:030308;O:waste:waste ink:encres usagées:080312;O:waste:aluminium printing plates:plaques offset:170402;O:waste:solvents:solvants:140603
            22.29|3|plastics moulding company/injection moulder|O:waste:plastic regrind:broyats plastiques:070213;O:waste:purgings:purges:070213;I:material:polypropylene granules:granulés PP;I:material:recycled plastic:plastique recyclé;O:heat:cooling water heat:chaleur des circuits de refroidissement::30
            22.22|1|plastic packaging manufacturer|O:waste:PE film scrap:chutes de film PE:070213;I:material:recycled PE:PE recyclé;O:waste:cardboard cores:mandrins carton:150101
            22.11|1|tyre retreader|O:waste:rubber buffings:poudrette de caoutchouc:191204;I:material:casings:carcasses;O:waste:scrap tyres:pneus usagés:160103
            20.59|1|specialty chemicals plant|O:waste:spent solvents:solvants usés:070104;O:waste:empty drums:fûts vides:150110;I:material:solvents:solvants;I:energy:steam:vapeur;O:waste:still bottoms:résidus de distillation:070108
            20.30|1|paint manufacturer|O:waste:paint sludge:boues de peinture:080113;O:waste:solvent washings:solvants de lavage:070104;O:waste:empty IBCs:GRV vides:150102;I:material:calcium carbonate filler:carbonate de calcium
            20.41|1|detergent manufacturer|O:waste:off-spec detergent:détergent non conforme:070699;I:material:caustic soda:soude;I:material:surfactants:tensioactifs;O:waste:plastic containers:bidons plastiques:150102
            21.20|1|pharmaceutical laboratory|O:waste:spent solvents:solvants usagés:070504;O:waste:lab chemicals:produits de laboratoire:160506;I:water:purified water:eau purifiée;I:energy:steam:vapeur
            23.61|1|precast concrete plant|I:material:aggregates:granulats;I:material:cement:ciment;O:waste:concrete waste:déchets de béton:101314;I:water:process water:eau de process
            23.63|1|ready-mixed concrete plant|I:material:sand and gravel:sables et graviers;I:material:cement:ciment;O:waste:returned concrete:retours de béton:101314;O:water:washout water:eaux de lavage des toupies
            08.12|1|gravel and sand quarry|O:material:quarry fines:fines de carrière:010409;I:material:inert fill:matériaux inertes de remblai;O:waste:washing sludge:boues de lavage:010412;I:water:washing water:eau de lavage
            23.32|1|brick and tile works|I:material:clay:argile;I:energy:natural gas:gaz naturel;O:waste:broken bricks:briques cassées:101208;O:heat:kiln exhaust heat:chaleur des fours::200
            23.12|1|glass processing workshop|O:waste:glass offcuts:chutes de verre:101112;O:waste:glass grinding sludge:boues de rodage:101114;I:material:flat glass:verre plat
            24.51|1|iron foundry|O:waste:spent foundry sand:sables de fonderie:100908;O:waste:foundry slag:laitier de fonderie:100903;I:material:steel scrap:ferrailles;O:heat:furnace waste heat:chaleur fatale du four::300
            24.10|0.3|steelworks|O:by-product:slag:laitier:100202;O:by-product:mill scale:calamine:100210;O:heat:waste heat:chaleur fatale::150;I:material:scrap:ferrailles;I:material:lime:chaux
            23.51|0.25|cement plant|I:energy:alternative fuels:combustibles de substitution;I:material:raw materials:matières premières;O:heat:kiln waste heat:chaleur fatale du four::250;O:waste:bypass dust:poussières de bypass:101306
            35.11|0.3|power plant|O:by-product:ash:cendres:100101;O:heat:waste heat:chaleur fatale::60;I:water:cooling water:eau de refroidissement;I:energy:biomass:biomasse
            35.30|1|heating network operator/biomass boiler plant|I:heat:waste heat:chaleur de récupération;I:energy:wood chips:plaquettes forestières;O:by-product:boiler ash:cendres de chaudière:100101;O:heat:district heat:chaleur réseau::90
            35.21|0.6|biogas plant/anaerobic digestion plant|I:material:organic waste:déchets organiques;I:material:manure:effluents d'élevage;O:by-product:digestate:digestat:190606;O:energy:biogas:biogaz;O:heat:CHP heat:chaleur cogénération::85
            36.00|0.4|drinking water plant|O:waste:water treatment sludge:boues de potabilisation:190902;I:material:coagulant:coagulant;I:material:lime:chaux
            37.00|0.6|wastewater treatment plant/sewage works|O:waste:sewage sludge:boues d'épuration:190805;O:water:treated effluent:eaux traitées;O:energy:biogas:biogaz;I:material:ferric chloride:chlorure ferrique;O:waste:screenings:refus de dégrillage:190801
            38.11|3|waste collection company|I:material:cardboard:cartons;I:material:pallets:palettes;I:material:mixed waste:déchets en mélange;I:material:plastics:plastiques;O:waste:sorted waste:déchets triés:191212
            38.12|1|hazardous waste collector|I:material:waste oil:huiles usagées;I:material:solvents:solvants;I:material:batteries:batteries;I:material:contaminated packaging:emballages souillés
            38.21|1|composting platform/green waste composting site|I:material:green waste:déchets verts;I:material:biowaste:biodéchets;I:material:sludge:boues;O:by-product:compost:compost:190503
            38.22|0.5|hazardous waste treatment plant|I:material:hazardous waste:déchets dangereux;I:material:solvents:solvants;I:material:acids:acides;O:waste:stabilised residues:déchets stabilisés:190305
            38.32|2|recycling company/material recovery facility|I:material:plastic waste:déchets plastiques;I:material:metals:métaux;I:material:paper and cardboard:papiers cartons;I:material:wood waste:déchets de bois;O:material:recycled pellets:granulés recyclés:191204
            39.00|0.3|soil remediation company|I:material:contaminated soil:terres polluées;I:material:sludges:boues;O:material:treated soil:terres traitées:191302
            49.31|0.5|urban bus operator|I:energy:bioNGV fuel:bioGNV;O:waste:used tyres:pneus usagés:160103;O:waste:used oil:huiles usagées:130205
            62.01|6|software company/IT services firm|O:waste:WEEE:DEEE:200136;O:waste:office paper:papier de bureau:200101;O:waste:toner cartridges:cartouches d'encre:080318
            71.12|6|engineering consultancy/design office|O:waste:office paper:papier de bureau:200101;O:waste:WEEE:DEEE:200136;I:skill:training:formation;I:service:shared canteen:restauration collective
            69.20|3|accounting firm|O:waste:office paper:papier:200101;O:waste:confidential documents:archives confidentielles:200101;I:service:shredding service:destruction de documents
            70.22|4|management consultancy|O:waste:office paper:papier:200101;O:waste:coffee capsules:capsules de café:200139;I:service:cleaning service:service de nettoyage
            68.20|2|business park manager/property company|O:space:vacant warehouse:entrepôt vacant;O:waste:green waste:déchets verts:200201;I:service:waste collection:collecte des déchets
            77.32|2|construction equipment rental|O:waste:used oil:huile usagée:130205;O:waste:used tyres:pneus:160103;O:equipment:compactor for rent:compacteur
            80.10|1|security company|O:waste:office paper:papier:200101;I:service:fleet maintenance:entretien de flotte
            85.32|1|vocational school|O:waste:metal offcuts:chutes métalliques:120101;O:waste:food waste:biodéchets:200108;I:heat:heating:chauffage
            26.11|1|electronic components manufacturer|O:waste:spent etching solutions:solutions de gravure usées:110198;O:waste:isopropanol:isopropanol usagé:070704;I:water:ultrapure water:eau ultra-pure
            27.90|1|electrical equipment manufacturer|O:waste:copper scrap:déchets de cuivre:120103;O:waste:cable offcuts:chutes de câbles:170411;O:waste:wooden packaging:emballages bois:150103
            28.29|2|machinery manufacturer|O:waste:steel offcuts:chutes d'acier:120101;O:waste:used oil:huiles usagées:130205;O:waste:wooden crates:caisses bois:150103;I:material:steel sheet:tôles
            29.32|1|automotive parts supplier|O:waste:aluminium swarf:copeaux d'aluminium:120103;O:waste:plastic rejects:rebuts plastiques:070213;O:waste:returnable packaging:emballages:150106
            30.11|0.5|shipyard/boat repair yard|O:waste:blasting grit:grenaille usagée:120117;O:waste:antifouling paint waste:déchets de peinture:080111;O:waste:steel scrap:ferraille:170405;I:material:abrasive:abrasif
            13.30|0.5|textile dyeing and finishing plant|I:heat:steam:vapeur;I:material:caustic soda:soude;O:water:dyeing effluent:effluents de teinture;O:waste:textile waste:déchets textiles:040222
            14.13|1|clothing workshop|O:waste:fabric offcuts:chutes de tissus:040222;O:waste:cardboard:cartons:150101
            32.50|1|medical device manufacturer|O:waste:plastic offcuts:chutes plastiques:070213;O:waste:steel swarf:copeaux inox:120101;I:water:purified water:eau purifiée
            20.11|0.2|industrial gas plant|I:material:raw CO2:CO2 brut;O:heat:compressor heat:chaleur des compresseurs::60;I:energy:electricity:électricité
            20.14|0.3|chemical plant|I:energy:steam:vapeur;O:waste:spent acid:acide usé:070101;O:waste:distillation residues:résidus de distillation:070108;I:material:methanol:méthanol
            19.20|0.1|oil refinery|O:by-product:sulphur:soufre:050116;I:water:cooling water:eau de refroidissement;O:waste:oily sludge:boues huileuses:050106;O:heat:waste heat:chaleur fatale::120
            """;

    private static final List<Profile> PROFILE_LIST = parse();

    private final List<Actor> actors = new ArrayList<>();
    private final List<FlowRecord> flows = new ArrayList<>();

    private record Template(
            Direction direction, FlowCategory category, String en, String fr, String ewc, Double temp) {}

    private record Profile(String naf, double weight, List<String> activities, List<Template> flows) {}

    List<Actor> actors() {
        return actors;
    }

    List<FlowRecord> flows() {
        return flows;
    }

    /**
     * Draws {@code count} companies from the mix, uniformly within {@code radiusKm} of {@code centre}.
     *
     * @param ids the actor ids to use, in order; the flows get "{actor id}-{n}"
     */
    static BackgroundTerritory generate(Random random, List<String> ids, GeoPoint centre, double radiusKm) {
        var territory = new BackgroundTerritory();
        double total = PROFILE_LIST.stream().mapToDouble(Profile::weight).sum();
        WasteCatalogue waste = EvaluationTerritory.WASTE;
        for (String id : ids) {
            Profile profile = draw(random, total);
            String activity =
                    profile.activities().get(random.nextInt(profile.activities().size()));
            territory.actors.add(new Actor(
                    id,
                    "Site " + id,
                    null,
                    profile.naf(),
                    activity,
                    1 + random.nextInt(80),
                    EvaluationTerritory.randomPoint(random, centre, radiusKm),
                    null,
                    null,
                    true));
            List<Template> templates = new ArrayList<>(profile.flows());
            java.util.Collections.shuffle(templates, random);
            int n = Math.min(templates.size(), 2 + random.nextInt(5));
            for (int i = 0; i < n; i++) {
                Template t = templates.get(i);
                boolean french = random.nextDouble() < 0.35;
                String ewc = t.ewc();
                territory.flows.add(new FlowRecord(
                        id + "-" + (i + 1),
                        id,
                        t.direction(),
                        french ? t.fr() : t.en(),
                        t.category(),
                        ewc,
                        null,
                        null,
                        Period.YEAR,
                        t.temp(),
                        ewc == null ? null : waste.get(ewc).hazardous(),
                        null,
                        null,
                        null));
            }
        }
        return territory;
    }

    private static Profile draw(Random random, double total) {
        double r = random.nextDouble() * total;
        for (Profile p : PROFILE_LIST) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return PROFILE_LIST.get(PROFILE_LIST.size() - 1);
    }

    /** The NACE classes of the mix, for the data checks. */
    static List<String> nafClasses() {
        return PROFILE_LIST.stream().map(Profile::naf).toList();
    }

    /** The List-of-Waste codes the mix uses, for the data checks. */
    static List<String> wasteCodes() {
        return PROFILE_LIST.stream()
                .flatMap(p -> p.flows().stream())
                .map(Template::ewc)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static List<Profile> parse() {
        List<Profile> profiles = new ArrayList<>();
        for (String line : PROFILES.strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            if (parts.length != 4) {
                throw new IllegalStateException("bad profile line: " + line);
            }
            List<Template> templates = new ArrayList<>();
            for (String spec : parts[3].split(";")) {
                String[] f = spec.split(":", -1);
                if (f.length < 4) {
                    throw new IllegalStateException("bad flow in profile " + parts[0] + ": " + spec);
                }
                templates.add(new Template(
                        "O".equals(f[0]) ? Direction.OUT : Direction.IN,
                        FlowCategory.parse(f[1]),
                        f[2],
                        f[3],
                        f.length > 4 && !f[4].isEmpty() ? f[4] : null,
                        f.length > 5 && !f[5].isEmpty() ? Double.valueOf(f[5]) : null));
            }
            profiles.add(new Profile(
                    parts[0], Double.parseDouble(parts[1]), List.of(parts[2].split("/")), List.copyOf(templates)));
        }
        return List.copyOf(profiles);
    }
}
