package org.symbiose.network;

import org.springframework.stereotype.Service;
import org.symbiose.impacts.ComputedFigures;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;

/** The public overview of the network: published initiatives and aggregated figures. */
@Service
public class NetworkService {

    private final NetworkRepository network;
    private final InitiativeRepository initiatives;
    private final FiguresService figures;

    NetworkService(NetworkRepository network, InitiativeRepository initiatives, FiguresService figures) {
        this.network = network;
        this.initiatives = initiatives;
        this.figures = figures;
    }

    public NetworkOverview overview() {
        var entries = initiatives.listPublished().stream()
                .map(i -> new NetworkOverview.Entry(i, figures.compute(i.id())))
                .toList();
        ComputedFigures total = entries.stream()
                .map(NetworkOverview.Entry::figures)
                .reduce(ComputedFigures.none(), ComputedFigures::plus);
        return new NetworkOverview(network.get(), entries, total);
    }
}
