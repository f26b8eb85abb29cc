package org.symbiose.opportunities;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.matching.Candidate;
import org.symbiose.engine.matching.Substitution;
import org.symbiose.ids.CompanyId;

/**
 * One page of a kept result's proposals as filtered, numbered 1..n in the order shown (the engine's rank
 * mixes both kinds), with what the filters can choose from among the proposals of that kind still offered.
 *
 * @param total proposals passing the filter
 */
record Listing(
        List<Row> rows,
        int total,
        int page,
        int pages,
        Set<FlowCategory> families,
        Map<CompanyId, String> companies,
        Map<String, String> pathways) {

    /** A proposal shown, with its rank among those shown and its reasons in the reader's language. */
    record Row(int rank, Opportunity opportunity, Candidate candidate) {}

    static Listing of(KeptResult kept, Set<String> excluded, OpportunityFilter filter, Locale locale) {
        List<Opportunity> offered = kept.opportunities().stream()
                .filter(o -> o.key() != null && !excluded.contains(o.key()))
                .filter(o -> o.substitution() == filter.substitutions())
                .toList();
        List<Opportunity> shown = offered.stream().filter(filter.matches()).toList();
        int pages = Math.max(1, (shown.size() + OpportunityFilter.PAGE_SIZE - 1) / OpportunityFilter.PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        int from = (page - 1) * OpportunityFilter.PAGE_SIZE;
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = from; i < Math.min(shown.size(), from + OpportunityFilter.PAGE_SIZE); i++) {
            rows.add(new Row(i + 1, shown.get(i), kept.explained(shown.get(i), locale)));
        }
        Set<FlowCategory> families = new TreeSet<>();
        Set<CompanyId> companyIds = new HashSet<>();
        Map<String, String> pathways = new LinkedHashMap<>();
        boolean english = "en".equals(locale.getLanguage());
        for (Opportunity o : offered) {
            families.addAll(o.families());
            companyIds.addAll(o.companyIds());
            if (o.candidate() instanceof Substitution s) {
                // Typeset once per pathway, not once per proposal (thousands on a large initiative).
                pathways.computeIfAbsent(
                        s.pathway().id(),
                        id -> english
                                ? s.pathway().labelEn()
                                : QuotedTexts.french(s.pathway().labelFr()));
            }
        }
        Map<CompanyId, String> names = new LinkedHashMap<>();
        kept.directory().companyIds().entrySet().stream()
                .filter(e -> companyIds.contains(e.getValue()))
                .sorted(Comparator.comparing(e -> kept.directory().company(e.getKey()), String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> names.put(e.getValue(), kept.directory().company(e.getKey())));
        Map<String, String> sortedPathways = new LinkedHashMap<>();
        pathways.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> sortedPathways.put(e.getKey(), e.getValue()));
        return new Listing(List.copyOf(rows), shown.size(), page, pages, families, names, sortedPathways);
    }
}
