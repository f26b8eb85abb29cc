package org.symbiose.engine.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;

/**
 * The sectors of a French business park and their shares: construction and trade first, then
 * services, food, metalwork, logistics, restaurants, and a few heavy industries. The shares follow the
 * orders of magnitude of INSEE's establishment counts in activity zones (ZAE), rounded; they make
 * plausible test territories, not statistics.
 */
final class SectorMix {

    /** division | weight % | median employees | intensity | name words. */
    private static final String TABLE = """
            41|3.0|10|4|Bâtiment,Constructions,Promotion,BTP
            42|1.0|30|6|Travaux Publics,Terrassements,Routes,VRD
            43|10.0|5|3|Maçonnerie,Électricité,Plomberie,Menuiserie,Peinture,Couverture,Carrelage,Charpente
            45|6.0|6|1.5|Garage,Carrosserie,Automobiles,Pneus,Poids Lourds
            46|10.0|10|1.5|Distribution,Négoce,Comptoir,Grossiste,Import
            47|7.0|8|1.5|Magasin,Bricolage,Jardinerie,Supermarché,Boutique
            10|4.0|15|5|Boulangerie,Conserverie,Salaisons,Fromagerie,Confiserie,Huilerie,Biscuiterie,Nougaterie
            11|0.8|12|5|Brasserie,Distillerie,Cave,Domaine,Vignerons
            24|0.4|120|10|Aciérie,Fonderie,Métallurgie,Forges
            25|4.0|12|3|Métallerie,Chaudronnerie,Serrurerie,Tôlerie,Mécanique,Usinage
            28|1.5|25|3|Machines,Équipements,Automatismes,Hydraulique
            33|2.5|8|2|Maintenance,Services Industriels,Installation
            49|4.0|12|1.5|Transports,Messageries,Express
            52|3.5|25|1.5|Logistique,Entrepôts,Stockage
            53|0.3|20|1|Courses,Livraisons
            56|5.0|6|1.5|Restaurant,Brasserie,Le Bistrot,La Table de,Traiteur
            55|1.0|10|1.5|Hôtel,Résidence,Auberge
            16|1.5|8|4|Scierie,Bois,Palettes,Charpentes
            17|0.4|60|8|Cartonnages,Papeterie,Emballages
            18|1.0|8|2|Imprimerie,Arts Graphiques,Sérigraphie
            20|0.8|50|8|Chimie,Laboratoires,Produits Chimiques,Peintures
            21|0.3|150|6|Laboratoires,Pharma
            22|1.5|30|4|Plasturgie,Plastiques,Caoutchouc,Moulage
            23|1.2|25|8|Béton,Céramiques,Verrerie,Préfabrication,Tuilerie
            26|0.6|40|2|Électronique,Composants,Systèmes
            27|0.6|35|2|Électrotechnique,Câblage,Éclairage
            29|0.4|80|4|Carrosserie Industrielle,Équipements Auto
            30|0.3|60|3|Chantier Naval,Aéronautique,Nautisme
            31|0.6|10|3|Meubles,Agencement,Ébénisterie
            32|0.6|8|2|Atelier,Création,Bijouterie
            13|0.3|12|3|Textiles,Tissage,Filature
            14|0.3|8|2|Confection,Couture,Atelier de Mode
            15|0.1|10|3|Maroquinerie,Cuirs
            19|0.1|300|12|Raffinerie,Pétroles
            35|0.6|40|10|Énergies,Chaufferie,Solaire,Réseau de Chaleur
            36|0.2|30|6|Eaux,Syndicat des Eaux
            37|0.3|20|8|Assainissement,Station d'Épuration
            38|1.5|25|10|Recyclage,Environnement,Collecte,Valorisation
            39|0.2|10|6|Dépollution,Environnement
            62|2.0|8|0.3|Informatique,Digital,Logiciels,Numérique
            69|1.0|5|0.3|Cabinet,Expertise Comptable,Avocats
            70|1.5|6|0.3|Conseil,Stratégie,Management
            71|2.5|8|0.4|Ingénierie,Bureau d'Études,Architectes,Géomètres,Contrôle
            72|0.3|15|1|Recherche,Innovation
            73|0.7|4|0.3|Communication,Publicité,Agence
            74|0.7|3|0.3|Design,Studio,Photo
            77|1.5|6|1|Location,Loc
            78|0.5|15|0.2|Intérim,Emploi,Recrutement
            80|0.4|20|0.3|Sécurité,Gardiennage,Surveillance
            81|3.0|12|1|Propreté,Nettoyage,Espaces Verts,Services
            82|1.0|5|0.3|Services,Secrétariat,Centre d'Appels
            68|1.0|3|0.3|Immobilier,Gestion,Foncière
            64|0.3|10|0.2|Finance,Crédit
            66|0.3|4|0.2|Assurances,Courtage
            58|0.3|6|0.5|Éditions,Publications
            59|0.2|4|0.5|Productions,Films
            61|0.2|12|0.5|Télécom,Réseaux
            63|0.2|6|0.3|Data,Web
            01|1.2|4|4|Domaine,Mas,Ferme,Pépinières,Horticulture
            02|0.3|4|4|Forêts,Exploitation Forestière
            08|0.4|15|10|Carrières,Sablières,Granulats
            86|1.0|15|1|Clinique,Centre Médical,Laboratoire d'Analyses
            85|0.6|10|0.5|Formation,École,Institut
            93|0.6|5|1|Sports,Club,Fitness
            95|0.8|3|1|Réparation,Dépannage,Atelier
            96|1.0|3|1|Pressing,Blanchisserie,Coiffure
            84|0.3|40|1|Communauté de Communes,Régie,Services Techniques
            87|0.3|40|1.5|Résidence,EHPAD
            88|0.3|20|1|Association,ESAT,Entreprise d'Insertion
            90|0.2|4|0.5|Théâtre,Compagnie,Spectacles
            94|0.3|5|0.3|Association,Syndicat,Union
            """;

    private final List<Sector> sectors;
    private final double[] cumulative;

    SectorMix(NafCatalogue naf) {
        Map<String, List<String>> subClassesByDivision = naf.listSubClasses().stream()
                .map(NafCode::code)
                .collect(Collectors.groupingBy(code -> code.substring(0, 2)));
        var list = new ArrayList<Sector>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.split("\\|");
            List<String> subClasses = subClassesByDivision.getOrDefault(cells[0], List.of()).stream()
                    .sorted()
                    .toList();
            list.add(new Sector(
                    cells[0],
                    Double.parseDouble(cells[1]),
                    Integer.parseInt(cells[2]),
                    Double.parseDouble(cells[3]),
                    Arrays.asList(cells[4].split(",")),
                    subClasses));
        }
        this.sectors = List.copyOf(list);
        this.cumulative = new double[sectors.size()];
        double total = 0;
        for (int i = 0; i < sectors.size(); i++) {
            total += sectors.get(i).weight();
            cumulative[i] = total;
        }
    }

    List<Sector> sectors() {
        return sectors;
    }

    /** Share of a division among generated establishments, in [0, 1]; 0 for a division not in the mix. */
    double share(String division) {
        double total = cumulative[cumulative.length - 1];
        return sectors.stream()
                .filter(sector -> sector.division().equals(division))
                .mapToDouble(sector -> sector.weight() / total)
                .sum();
    }

    Sector pick(SplittableRandom random) {
        return sectors.get(Draw.index(cumulative, random));
    }

    /**
     * A headcount for an establishment of the sector: log-normal around the sector's median, so most are
     * small and a few are large, capped at 5,000.
     */
    static int employees(Sector sector, SplittableRandom random) {
        double value = sector.medianEmployees() * Math.exp(Draw.gaussian(random) * 1.0);
        return (int) Math.min(5000, Math.round(value));
    }
}
