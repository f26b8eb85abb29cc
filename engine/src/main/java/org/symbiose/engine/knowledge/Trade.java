package org.symbiose.engine.knowledge;

import java.util.List;
import java.util.Set;

/**
 * One of the trades a broad NAF class holds, told apart by the words of a company's activity (row of {@code
 * trades.csv}): NACE 38.21 holds incinerators, composting sites, digesters and landfills; 38.32 holds scrap-metal,
 * plastics and paper recyclers; 93.11 golf courses and swimming pools. A pathway that names the class names every
 * one of them; the trade says which of its pathways such a company runs.
 *
 * @param nace the classes (or groups) the trade belongs to, as NAF prefixes ("38.21")
 * @param termsFr the words of an activity that name the trade, in French
 * @param termsEn the same in English
 * @param uses the pathway uses the trade runs; empty for any
 * @param inputRoots the families whose branches the trade takes in; empty for any (both it and {@code uses} may
 *     be given: the trade runs a pathway that passes both)
 * @param narrows the trade this one is a narrower kind of, null for none: a company whose words name both runs
 *     the narrower ("green waste composting site" names composting and green-waste composting)
 */
public record Trade(
        String id,
        List<String> nace,
        List<String> termsFr,
        List<String> termsEn,
        Set<PathwayUse> uses,
        Set<String> inputRoots,
        String narrows,
        String note) {

    public Trade {
        nace = List.copyOf(nace);
        termsFr = List.copyOf(termsFr);
        termsEn = List.copyOf(termsEn);
        uses = Set.copyOf(uses);
        inputRoots = Set.copyOf(inputRoots);
    }

    /**
     * Whether a company of this trade runs the pathway for a supply read as {@code supplyFamily}: the pathway has
     * one of the trade's uses, and the supply is on one of its branches.
     */
    public boolean runs(Pathway pathway, String supplyFamily, Taxonomy taxonomy) {
        if (!uses.isEmpty() && pathway.uses().stream().noneMatch(uses::contains)) {
            return false;
        }
        if (inputRoots.isEmpty()) {
            return true;
        }
        for (String root : inputRoots) {
            if (taxonomy.isA(supplyFamily, root)) {
                return true;
            }
        }
        return false;
    }
}
