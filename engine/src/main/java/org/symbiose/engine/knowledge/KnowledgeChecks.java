package org.symbiose.engine.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-file checks of a knowledge base: every family, code and id referenced exists and is unique. */
final class KnowledgeChecks {

    private final KnowledgeBase knowledge;

    KnowledgeChecks(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    void requireConsistent() {
        List<String> problems = new ArrayList<>();
        Taxonomy taxonomy = knowledge.taxonomy();
        knowledge.wasteFamilies().forEach((code, mapping) -> {
            if (!taxonomy.contains(mapping.family())) {
                problems.add("waste-families.csv: code " + code + " maps to unknown family " + mapping.family());
            }
        });
        Set<String> ids = new HashSet<>();
        for (Pathway pathway : knowledge.pathways()) {
            if (!ids.add(pathway.id())) {
                problems.add("pathways.csv: id " + pathway.id() + " is used twice");
            }
            unknownFamilies(pathway.inputFamilies(), "pathways.csv: " + pathway.id(), problems);
            unknownFamilies(pathway.exceptFamilies(), "pathways.csv: " + pathway.id(), problems);
            for (String except : pathway.exceptFamilies()) {
                if (taxonomy.contains(except)
                        && pathway.inputFamilies().stream()
                                .noneMatch(input -> !input.equals(except) && taxonomy.isA(except, input))) {
                    problems.add("pathways.csv: " + pathway.id() + " excepts " + except
                            + ", which is below none of its input families");
                }
            }
            unknownFamilies(pathway.receiverFamilies(), "pathways.csv: " + pathway.id(), problems);
        }
        Set<String> themeIds = new HashSet<>();
        for (Theme theme : knowledge.themes()) {
            if (!themeIds.add(theme.id())) {
                problems.add("themes.csv: id " + theme.id() + " is used twice");
            }
            unknownFamilies(theme.families(), "themes.csv: " + theme.id(), problems);
        }
        Set<String> tradeIds = new HashSet<>();
        for (Trade trade : knowledge.trades()) {
            if (!tradeIds.add(trade.id())) {
                problems.add("trades.csv: id " + trade.id() + " is used twice");
            }
            if (trade.uses().isEmpty() && trade.inputRoots().isEmpty()) {
                problems.add("trades.csv: " + trade.id() + " must give uses, input roots or both");
            }
            if (trade.narrows() != null && knowledge.trades().stream().noneMatch(t -> t.id().equals(trade.narrows()))) {
                problems.add("trades.csv: " + trade.id() + " narrows unknown trade " + trade.narrows());
            }
            unknownFamilies(trade.inputRoots(), "trades.csv: " + trade.id(), problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("inconsistent knowledge base:\n" + String.join("\n", problems));
        }
    }

    private void unknownFamilies(Set<String> families, String where, List<String> problems) {
        for (String family : families) {
            if (!knowledge.taxonomy().contains(family)) {
                problems.add(where + " refers to unknown family " + family);
            }
        }
    }
}
