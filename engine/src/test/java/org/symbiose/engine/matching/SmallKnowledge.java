package org.symbiose.engine.matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.symbiose.engine.knowledge.KnowledgeBase;

/** A knowledge base of a dozen families, to test the engine's logic apart from the shipped knowledge. */
final class SmallKnowledge {

    static final String FAMILIES = """
            id,parent,kind,label_fr,label_en,synonyms_fr,synonyms_en,max_distance_km
            wood,,MATERIAL,bois,wood,,timber,100
            wood-pallets,wood,MATERIAL,palettes bois,wood pallets,palettes|palette europe,pallets,
            sawdust,wood,MATERIAL,sciure de bois,sawdust,copeaux,wood shavings,
            biomass-fuel,,MATERIAL,combustible biomasse,biomass fuel,bois énergie,wood fuel,80
            heat,,ENERGY,chaleur,heat,chaleur fatale,waste heat|process heat,5
            solvents,,MATERIAL,solvants usagés,spent solvents,solvant,solvent,200
            fly-ash,,MATERIAL,cendres volantes,fly ash,,PFA,200
            cement-raw-materials,,MATERIAL,matières premières de cimenterie,cement raw materials,matière première pour cimenterie,raw material for cement production,200
            ppe,,PURCHASE,équipements de protection individuelle,personal protective equipment,EPI|gants de protection,PPE,30
            biowaste,,MATERIAL,biodéchets,biowaste,,organic waste,50
            food-waste,biowaste,MATERIAL,restes de repas,catering waste,déchets de cuisine,kitchen waste,
            unsold-food,biowaste,MATERIAL,invendus alimentaires,unsold food,pain invendu,unsold bread,
            declassed-goods,,MATERIAL,articles déclassés,declassed goods,,,50
            animal-feed,,MATERIAL,aliments pour animaux,animal feed,,,100
            sludges,,MATERIAL,boues,sludge,,,50
            sewage-sludge,sludges,MATERIAL,boues de station d'épuration,sewage sludge,,,
            growing-media,,MATERIAL,terreau,growing media,,potting soil,50
            """;
    static final String WASTE = """
            code,family,confidence,note
            030105,sawdust,1,
            150103,wood-pallets,0.9,
            140603,solvents,1,
            100102,fly-ash,1,
            """;
    static final String NAF = """
            naf,produces,consumes
            16,sawdust,wood
            35.30,heat,biomass-fuel|heat
            23.51,,cement-raw-materials|fly-ash
            01.46,,food-waste|unsold-food|animal-feed
            38.21,,biowaste|sewage-sludge
            """;
    static final String PATHWAYS = """
            id,label_fr,label_en,input_families,input_ewc,receiver_families,receiver_naf,hazardous_allowed,min_temperature_c,max_temperature_c,max_distance_km,strength,use,hierarchy,constraints_fr,constraints_en,source
            sawdust-to-boiler,Sciure en chaufferie biomasse,Sawdust as boiler fuel,sawdust,,biomass-fuel,35.30,false,,,,0.8,energy,other-recovery,Humidité < 30 %,Moisture < 30 %,ADEME
            heat-to-network,Chaleur fatale vers un réseau de chaleur,Waste heat to a heating network,heat,,heat,35.30Z,false,60,,,0.9,heat,reuse,,,Kalundborg
            fly-ash-to-cement,Cendres volantes en cimenterie,Fly ash to cement,fly-ash,,cement-raw-materials,23.51,false,,,,1.0,construction,recycling,,,Kalundborg
            solvents-to-kiln,Solvants en co-incinération,Solvents to kiln co-processing,solvents,,,23.51,true,,,,0.9,energy,other-recovery,,,BREF CLM
            food-to-feed,Denrées en alimentation animale,Food to feed,food-waste|unsold-food,,animal-feed,01.46|10.91,false,,,,0.8,feed,recycling,,,test
            biowaste-to-compost,Biodéchets en compostage,Biowaste to composting,biowaste,,,38.21,false,,,,0.8,composting,recycling,,,test
            sludge-to-spreading,Boues épandues,Sludge spread on land,sewage-sludge,,,01.11,false,,,,0.8,spreading,recycling,,,test
            sludge-to-feed,Boues en aliment (ligne erronée),Sludge to feed (a wrong row),sewage-sludge,,animal-feed,10.91,false,,,,0.8,feed,recycling,,,test
            solvents-to-growing-media,Solvants en terreau (ligne erronée),Solvents to growing media (a wrong row),solvents,,growing-media,01.30,true,,,,0.8,growing-media,recycling,,,test
            """;
    static final String THEMES = """
            id,label_fr,label_en,kind,families,min_actors,radius_km,source
            pallets-collection,collecte mutualisée des palettes,shared pallet collection,COLLECTION,wood-pallets,3,5,ADETO
            ppe-purchase,achat groupé d'EPI,group purchase of PPE,PURCHASE,ppe,3,5,ADETO
            """;

    private SmallKnowledge() {}

    static KnowledgeBase load() {
        try {
            return KnowledgeBase.read(
                    new StringReader(FAMILIES),
                    new StringReader(WASTE),
                    new StringReader(NAF),
                    new StringReader(PATHWAYS),
                    new StringReader(THEMES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
