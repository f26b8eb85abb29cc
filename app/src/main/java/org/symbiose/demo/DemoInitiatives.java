package org.symbiose.demo;

import java.time.Instant;
import java.util.List;
import org.symbiose.demo.DemoContent.InitiativeData;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.impacts.Metric;
import org.symbiose.initiatives.Animation;
import org.symbiose.initiatives.BusinessPark;
import org.symbiose.initiatives.Carrier;
import org.symbiose.initiatives.CarrierType;
import org.symbiose.initiatives.Contact;
import org.symbiose.initiatives.FundingLine;
import org.symbiose.initiatives.Governance;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.KeyFigure;
import org.symbiose.initiatives.Location;
import org.symbiose.initiatives.Means;
import org.symbiose.initiatives.Prose;
import org.symbiose.initiatives.Stage;
import org.symbiose.initiatives.Territory;

/** Maps the demo JSON of one initiative onto the domain. */
final class DemoInitiatives {

    private DemoInitiatives() {}

    static Initiative toInitiative(InitiativeData d, Instant now) {
        var carrier = new Carrier(
                d.carrier().name(),
                d.carrier().shortName(),
                CarrierType.valueOf(d.carrier().type()),
                d.carrier().founded(),
                d.carrier().members(),
                Prose.of(list(d.carrier().description())));
        var territory = new Territory(
                Prose.of(list(d.territory().description())),
                list(d.territory().communes()),
                list(d.territory().parks()).stream()
                        .map(p -> new BusinessPark(p.name(), p.communeInsee(), p.areaHa(), p.companies(), p.jobs()))
                        .toList());
        var figures = list(d.keyFigures()).stream()
                .map(f -> new KeyFigure(
                        f.value(), f.unit(), f.label(), f.metric() == null ? null : Metric.valueOf(f.metric())))
                .toList();
        var stages = list(d.stages()).stream()
                .map(s -> new Stage(
                        s.title(), s.period(), s.startYear(), s.endYear(), s.durationMonths(), list(s.description())))
                .toList();
        var m = d.means();
        var means = m == null
                ? Means.NONE
                : new Means(
                        m.fte(),
                        m.fteText(),
                        m.budgetEur(),
                        m.budgetText(),
                        m.fundingText(),
                        list(m.fundingLines()).stream()
                                .map(l -> new FundingLine(l.funder(), l.amountEur(), l.sharePct()))
                                .toList(),
                        m.sustainabilityModel(),
                        m.otherNotes());
        var g = d.governance();
        var a = d.animation();
        return new Initiative(
                null,
                d.slug(),
                d.name(),
                d.title(),
                d.published(),
                d.location() == null
                        ? null
                        : new Location(
                                d.location().communeInsee(),
                                new GeoPoint(d.location().lat(), d.location().lon())),
                Prose.of(list(d.description())),
                carrier,
                territory,
                list(d.objectives()),
                list(d.highlights()),
                figures,
                stages,
                d.launch(),
                means,
                new Governance(list(g.strategic()), list(g.technical()), list(g.partners()), list(g.publicPolicies())),
                new Animation(list(a.methods()), list(a.communicationTools())),
                list(d.contacts()).stream()
                        .map(c -> new Contact(c.role(), c.organisation(), c.website()))
                        .toList(),
                0,
                now);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
