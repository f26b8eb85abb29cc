package org.symbiose.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.symbiose.companies.Company;
import org.symbiose.engine.quantity.Dimension;

/**
 * Groups releases into one Sankey per dimension, readable for a park of sixty companies: the
 * {@link #TOP_COMPANIES} companies releasing most keep their own node, the others are summed by NAF
 * section (docs/decisions/0023). Amounts without a quantity, or in a unit of another dimension (pallets,
 * m2...), are counted apart and never mixed in.
 */
final class SankeyBuilder {

    /** Companies drawn by name in each diagram; the rest are grouped by sector. */
    static final int TOP_COMPANIES = 10;

    /** What did not go into any diagram, said under them. */
    record Apart(int withoutQuantity, int otherDimension) {}

    private final Function<Company, String> othersOfSector;

    /** @param othersOfSector the label of the node grouping a company with the others of its sector */
    SankeyBuilder(Function<Company, String> othersOfSector) {
        this.othersOfSector = othersOfSector;
    }

    /** The diagram of one dimension. */
    SankeyDiagram diagram(List<Release> releases, Dimension dimension) {
        List<Measured> measured = new ArrayList<>();
        for (Release release : releases) {
            YearlyAmount.of(release.quantity(), release.unit(), release.period())
                    .filter(a -> a.dimension() == dimension)
                    .ifPresent(a -> measured.add(new Measured(release, a.value())));
        }
        Set<Long> named = topCompanies(measured);
        Map<String, SankeyDiagram.Node> nodes = new LinkedHashMap<>();
        Map<List<String>, Double> sums = new LinkedHashMap<>();
        double total = 0;
        for (Measured m : measured) {
            Company company = m.release().company();
            SankeyDiagram.Node source = named.contains(company.id().value())
                    ? node(nodes, "c" + company.id().value(), company.name(), 0)
                    : node(nodes, "s:" + othersOfSector.apply(company), othersOfSector.apply(company), 0);
            SankeyDiagram.Node family =
                    node(nodes, "f:" + m.release().family(), m.release().family(), 1);
            SankeyDiagram.Node use =
                    node(nodes, "d:" + m.release().destination(), m.release().destination(), 2);
            sums.merge(List.of(source.id(), family.id()), m.value(), Double::sum);
            sums.merge(List.of(family.id(), use.id()), m.value(), Double::sum);
            total += m.value();
        }
        List<SankeyDiagram.Link> links = new ArrayList<>();
        sums.forEach((ends, value) -> links.add(new SankeyDiagram.Link(ends.get(0), ends.get(1), value)));
        links.sort(Comparator.comparing(
                        (SankeyDiagram.Link l) -> nodes.get(l.source()).level())
                .thenComparing(
                        Comparator.comparingDouble(SankeyDiagram.Link::value).reversed()));
        return new SankeyDiagram(
                dimension,
                dimension.referenceUnit().symbol(),
                List.copyOf(nodes.values()),
                links,
                total,
                measured.size());
    }

    /** How many releases no diagram draws: no quantity, or a unit that is not a mass, an energy or a volume. */
    static Apart apart(List<Release> releases) {
        int withoutQuantity = 0;
        int otherDimension = 0;
        for (Release release : releases) {
            Optional<YearlyAmount> amount = YearlyAmount.of(release.quantity(), release.unit(), release.period());
            if (amount.isEmpty()) {
                withoutQuantity++;
            } else if (!YearlyAmount.drawn(amount.get().dimension())) {
                otherDimension++;
            }
        }
        return new Apart(withoutQuantity, otherDimension);
    }

    private record Measured(Release release, double value) {}

    private static Set<Long> topCompanies(List<Measured> measured) {
        Map<Long, Double> byCompany = new HashMap<>();
        measured.forEach(m -> byCompany.merge(m.release().company().id().value(), m.value(), Double::sum));
        Set<Long> top = new LinkedHashSet<>();
        byCompany.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_COMPANIES)
                .forEach(e -> top.add(e.getKey()));
        return top;
    }

    private static SankeyDiagram.Node node(Map<String, SankeyDiagram.Node> nodes, String id, String name, int level) {
        return nodes.computeIfAbsent(id, k -> new SankeyDiagram.Node(k, name, level));
    }
}
