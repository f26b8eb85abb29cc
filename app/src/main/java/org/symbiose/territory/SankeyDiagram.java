package org.symbiose.territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.symbiose.engine.quantity.Dimension;

/**
 * One Sankey of the metabolism, in one dimension: sources (companies, or the others grouped by sector),
 * resource families, destinations; links summed per year in the dimension's reference unit.
 *
 * @param unit the reference unit's symbol, per year ("t", "MWh", "m3")
 * @param flows how many flows (or proposals, or synergy flows) the diagram adds up
 */
record SankeyDiagram(Dimension dimension, String unit, List<Node> nodes, List<Link> links, double total, int flows) {

    /** A node; {@code level} 0 for sources, 1 for families, 2 for destinations. */
    record Node(String id, String name, int level) {}

    /** An amount per year from one node to another, by their ids. */
    record Link(String source, String target, double value) {

        /** The value as tables show it. */
        public BigDecimal roundedValue() {
            return rounded(value);
        }
    }

    SankeyDiagram {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public BigDecimal roundedTotal() {
        return rounded(total);
    }

    /** A value as the tables show it: whole from ten up, one decimal below. */
    static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value)
                .setScale(value >= 10 ? 0 : 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    /** The name of a node by its id, for the data table and the CSV. */
    public String name(String id) {
        return nodes.stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .map(Node::name)
                .orElse(id);
    }
}
