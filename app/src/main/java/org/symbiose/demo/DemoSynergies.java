package org.symbiose.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.symbiose.demo.DemoContent.SynergyData;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.InitiativeId;
import org.symbiose.imports.DatasetImporter;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyKind;
import org.symbiose.synergies.SynergyRepository;
import org.symbiose.synergies.SynergyStatus;
import org.symbiose.synergies.SynergySubType;

/**
 * Creates the demo synergies through their life cycle (identified, started, realised), so the demo
 * data obeys the same transitions as a facilitator's work. The seed gives a year at best: the dates
 * are placed within that year.
 */
@Component
class DemoSynergies {

    private static final int DEFAULT_YEAR = 2019;

    private final SynergyRepository synergies;

    DemoSynergies(SynergyRepository synergies) {
        this.synergies = synergies;
    }

    void insert(InitiativeId initiativeId, List<SynergyData> data, DatasetImporter.Imported imported) {
        int position = 0;
        for (SynergyData d : DemoInitiatives.list(data)) {
            int year = d.year() == null ? DEFAULT_YEAR : d.year();
            SynergyStatus target = SynergyStatus.valueOf(d.status());
            Synergy synergy = Synergy.identify(
                    initiativeId,
                    d.ref(),
                    d.title(),
                    d.description(),
                    SynergyKind.valueOf(d.kind()),
                    SynergySubType.valueOf(d.subType()),
                    LocalDate.of(target == SynergyStatus.PERSPECTIVE ? year : year - 1, 1, 15));
            if (target == SynergyStatus.IN_PROGRESS || target == SynergyStatus.REALISED) {
                synergy = synergy.start(LocalDate.of(target == SynergyStatus.REALISED ? year - 1 : year, 6, 1));
            }
            if (target == SynergyStatus.REALISED) {
                synergy = synergy.realise(LocalDate.of(year, 6, 30));
            }
            if (d.quantity() != null || d.co2AvoidedT() != null) {
                synergy = synergy.recordResults(
                        d.quantity() == null ? null : d.quantity().value(),
                        d.quantity() == null ? null : Unit.parse(d.quantity().unit()),
                        d.quantity() == null ? null : Period.parse(d.quantity().period()),
                        d.co2AvoidedT(),
                        null);
            }
            synergy = synergy.withParticipants(
                    d.companiesInvolved(),
                    DemoInitiatives.list(d.participants()).stream()
                            .map(a -> DemoDataLoader.company(imported.companyIds(), a))
                            .toList(),
                    DemoInitiatives.list(d.flows()).stream()
                            .map(f -> Objects.requireNonNull(
                                    imported.flowIds().get(f), () -> "demo synergy names unknown flow " + f))
                            .toList());
            synergies.insert(synergy, position++);
        }
    }
}
