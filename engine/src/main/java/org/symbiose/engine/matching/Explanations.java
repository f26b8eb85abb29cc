package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.Taxonomy;

/** Turns an accepted proposal into sentences a facilitator can check, in French and English. */
final class Explanations {

    private final Taxonomy taxonomy;
    /** Read only once built: safe to share between threads. */
    private final Map<Pathway, PathwaySentences> byPathway = new IdentityHashMap<>();

    Explanations(Taxonomy taxonomy, List<Pathway> pathways) {
        this.taxonomy = taxonomy;
        pathways.forEach(pathway -> byPathway.put(pathway, PathwaySentences.of(pathway)));
    }

    /** The sentences of every pathway of the knowledge base, as the very instances the reasons hold. */
    List<String> sharedTexts() {
        var texts = new ArrayList<String>();
        for (PathwaySentences s : byPathway.values()) {
            Stream.of(s.pathwayFr(), s.pathwayEn(), s.hierarchyFr(), s.hierarchyEn(), s.checkFr(), s.checkEn())
                    .filter(Objects::nonNull)
                    .forEach(texts::add);
        }
        return texts;
    }

    /**
     * Reasons in French (index 0) and English (index 1), each list empty unless its language is asked: the
     * sentences of a language not asked are not even put together.
     */
    List<List<String>> of(Proposal p, ReasonLanguages languages) {
        List<String> fr = languages.french() ? new ArrayList<>() : null;
        List<String> en = languages.english() ? new ArrayList<>() : null;
        ResourceFamily family = taxonomy.get(p.supplyFamily().family());
        String label = p.supply().flow().label();
        if (fr != null) {
            fr.add("«\u00a0" + label + "\u00a0» lu comme " + family.labelFr() + " ("
                    + p.supplyFamily().evidence() + ", confiance "
                    + fr(p.supplyFamily().confidence(), 2) + ")");
        }
        if (en != null) {
            en.add("\"" + label + "\" read as " + family.labelEn() + " ("
                    + p.supplyFamily().evidence() + ", confidence "
                    + en(p.supplyFamily().confidence(), 2) + ")");
        }
        receiver(p, fr, en);
        if (p.throughTrade()) {
            trade(p, fr, en);
        }
        via(p, fr, en);
        if (fr != null) {
            fr.add("Distance\u00a0: " + fr(p.distanceKm(), 1) + " km (limite " + fr(p.limitKm(), 0)
                    + " km pour cette ressource)");
        }
        if (en != null) {
            en.add("Distance: " + en(p.distanceKm(), 1) + " km (limit " + en(p.limitKm(), 0)
                    + " km for this resource)");
        }
        quantities(p, fr, en);
        temperature(p, fr, en);
        if (p.via() instanceof Via.ByPathway byPathway && byPathway.pathway().constraintsFr() != null) {
            PathwaySentences sentences = sentences(byPathway.pathway());
            if (fr != null) {
                fr.add(sentences.checkFr());
            }
            if (en != null) {
                en.add(sentences.checkEn());
            }
        }
        return List.of(fr == null ? List.of() : fr, en == null ? List.of() : en);
    }

    private void receiver(Proposal p, List<String> fr, List<String> en) {
        ActivityReasons.activity(p.receiver().actor().activity(), fr, en);
        String name = p.receiver().actor().name();
        if (p.receiver().isDeclared()) {
            FlowFacts needFacts = p.receiver().need();
            String need = needFacts.flow().label();
            ResourceFamily needFamily = taxonomy.get(p.receiver().needFamily().family());
            boolean fromUse = NeedUse.EVIDENCE.equals(p.receiver().needFamily().evidence());
            if (fr != null) {
                fr.add(name + " a déclaré le besoin «\u00a0" + need + "\u00a0» (" + needFamily.labelFr()
                        + (fromUse ? ", que ce procédé emploie" : "") + ")");
            }
            if (en != null) {
                en.add(name + " declared the need \"" + need + "\" (" + needFamily.labelEn()
                        + (fromUse ? ", which this process takes" : "") + ")");
            }
            if (needFacts.use() != null) {
                ActivityReasons.use(needFacts.use(), fr, en);
            }
        } else {
            ActorFacts actor = p.receiver().actor();
            String naf = actor.naf() != null
                    ? actor.naf()
                    : actor.uses().isEmpty() ? "?" : actor.uses().get(0).naf();
            if (actor.uses().isEmpty()) {
                if (fr != null) {
                    fr.add(name + " n'a rien déclaré, mais son activité (NAF " + naf
                            + ") en fait un utilisateur possible");
                }
                if (en != null) {
                    en.add(name + " declared nothing, but its activity (NAF " + naf + ") makes it a possible user");
                }
            } else {
                if (fr != null) {
                    fr.add(name + " n'a pas déclaré cette ressource, mais son activité (NAF " + naf
                            + ") ou l'usage que nomme son besoin en fait un utilisateur possible");
                }
                if (en != null) {
                    en.add(name + " did not declare this resource, but its activity (NAF " + naf
                            + ") or the use its need names makes it a possible user");
                }
                actor.uses().forEach(use -> ActivityReasons.use(use, fr, en));
            }
        }
    }

    /** Why a company that declared a need is scored on its trade, not on its need's words. */
    private static void trade(Proposal p, List<String> fr, List<String> en) {
        String naf =
                p.receiver().actor().naf() == null ? "?" : p.receiver().actor().naf();
        if (fr != null) {
            fr.add("Son activité (NAF " + naf + ") est de celles que nomme cette filière\u00a0: proposée à ce titre,"
                    + " qui pèse plus que les mots de son besoin");
        }
        if (en != null) {
            en.add("Its activity (NAF " + naf + ") is one this pathway names: proposed as such, which weighs more"
                    + " than its need's words");
        }
    }

    /** The way the resource is used: the pathway and its level in the waste hierarchy, or direct reuse. */
    private void via(Proposal p, List<String> fr, List<String> en) {
        if (p.via() instanceof Via.ByPathway byPathway) {
            PathwaySentences sentences = sentences(byPathway.pathway());
            if (fr != null) {
                fr.add(sentences.pathwayFr());
                fr.add(sentences.hierarchyFr());
            }
            if (en != null) {
                en.add(sentences.pathwayEn());
                en.add(sentences.hierarchyEn());
            }
        } else if (p.via() instanceof Via.Direct direct) {
            ResourceFamily wanted = taxonomy.get(direct.family());
            if (fr != null) {
                fr.add("Réemploi direct\u00a0: la ressource est celle recherchée (" + wanted.labelFr() + ")");
            }
            if (en != null) {
                en.add("Direct reuse: the resource is the one sought (" + wanted.labelEn() + ")");
            }
        } else if (p.via() instanceof Via.ByActivity byActivity) {
            ResourceFamily used = taxonomy.get(byActivity.family());
            if (fr != null) {
                fr.add("Cette activité consomme habituellement\u00a0: " + used.labelFr());
            }
            if (en != null) {
                en.add("This activity typically uses: " + used.labelEn());
            }
        }
    }

    private static void quantities(Proposal p, List<String> fr, List<String> en) {
        FlowFacts supply = p.supply();
        FlowFacts need = p.receiver().need();
        if (supply.hasQuantity() && need != null && need.hasQuantity() && supply.dimension() == need.dimension()) {
            String unit = supply.dimension().referenceUnit().symbol();
            if (fr != null) {
                fr.add("Quantités\u00a0: " + fr(supply.perYear(), 1) + " " + unit + "/an disponibles pour "
                        + fr(need.perYear(), 1) + " " + unit + "/an recherchés");
            }
            if (en != null) {
                en.add("Quantities: " + en(supply.perYear(), 1) + " " + unit + "/year available for "
                        + en(need.perYear(), 1) + " " + unit + "/year sought");
            }
        } else if (supply.hasQuantity()) {
            String unit = supply.dimension().referenceUnit().symbol();
            if (fr != null) {
                fr.add("Quantité disponible\u00a0: " + fr(supply.perYear(), 1) + " " + unit
                        + "/an\u00a0; besoin à chiffrer");
            }
            if (en != null) {
                en.add("Available: " + en(supply.perYear(), 1) + " " + unit + "/year; the need is to be quantified");
            }
        } else {
            if (fr != null) {
                fr.add("Quantités à préciser");
            }
            if (en != null) {
                en.add("Quantities to be specified");
            }
        }
    }

    private static void temperature(Proposal p, List<String> fr, List<String> en) {
        boolean thermal = p.via() instanceof Via.ByPathway byPathway
                && (byPathway.pathway().minTemperatureC() != null
                        || byPathway.pathway().maxTemperatureC() != null);
        if (p.supply().hasTemperature()) {
            if (fr != null) {
                fr.add("Température\u00a0: " + fr(p.supply().temperatureC(), 0) + " °C, compatible avec l'usage");
            }
            if (en != null) {
                en.add("Temperature: " + en(p.supply().temperatureC(), 0) + " °C, suits the use");
            }
        } else if (thermal) {
            if (fr != null) {
                fr.add("Température de la source à confirmer");
            }
            if (en != null) {
                en.add("Temperature of the source to be confirmed");
            }
        }
    }

    private static String strengthFr(double strength) {
        if (strength >= 0.9) {
            return "pratique industrielle courante";
        }
        if (strength >= 0.7) {
            return "largement documentée";
        }
        if (strength >= 0.5) {
            return "cas documentés";
        }
        return "expérimentale";
    }

    private static String strengthEn(double strength) {
        if (strength >= 0.9) {
            return "standard industrial practice";
        }
        if (strength >= 0.7) {
            return "widely documented";
        }
        if (strength >= 0.5) {
            return "documented cases";
        }
        return "experimental";
    }

    private static String sourceFr(Pathway pathway) {
        return pathway.source() == null ? "" : "\u00a0; source\u00a0: " + FrenchTypography.typeset(pathway.source());
    }

    private static String sourceEn(Pathway pathway) {
        return pathway.source() == null ? "" : "; source: " + pathway.source();
    }

    private static String orFrench(String english, String french) {
        return english == null ? french : english;
    }

    static String fr(double value, int decimals) {
        return DecimalText.fr(value, decimals);
    }

    static String en(double value, int decimals) {
        return DecimalText.en(value, decimals);
    }

    /**
     * The sentences a pathway gives every candidate that goes through it, put together (and typeset, with a
     * regular expression) once per pathway of the knowledge base instead of once per candidate: at a million
     * flows, two million candidates share a few hundred pathways. A pathway not of the knowledge base (made by
     * a test) has its sentences put together each time.
     */
    private PathwaySentences sentences(Pathway pathway) {
        PathwaySentences known = byPathway.get(pathway);
        return known != null ? known : PathwaySentences.of(pathway);
    }

    /** The sentences that depend on the pathway alone, in both languages. */
    private record PathwaySentences(
            String pathwayFr,
            String pathwayEn,
            String hierarchyFr,
            String hierarchyEn,
            String checkFr,
            String checkEn) {

        static PathwaySentences of(Pathway pathway) {
            return new PathwaySentences(
                    "Voie de valorisation\u00a0: " + FrenchTypography.typeset(pathway.labelFr()) + " ("
                            + strengthFr(pathway.strength()) + sourceFr(pathway) + ")",
                    "Pathway: " + pathway.labelEn() + " (" + strengthEn(pathway.strength()) + sourceEn(pathway) + ")",
                    "Hiérarchie des déchets\u00a0: " + pathway.hierarchy().labelFr()
                            + " (directive 2008/98/CE, art.\u00a04\u00a0; code de l'environnement, art.\u00a0L541-1)",
                    "Waste hierarchy: " + pathway.hierarchy().labelEn()
                            + " (Directive 2008/98/EC, art. 4; French Environment Code, art. L541-1)",
                    pathway.constraintsFr() == null
                            ? null
                            : "À vérifier\u00a0: " + FrenchTypography.typeset(pathway.constraintsFr()),
                    pathway.constraintsFr() == null
                            ? null
                            : "To check: " + orFrench(pathway.constraintsEn(), pathway.constraintsFr()));
        }
    }
}
