package org.symbiose.initiatives;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.SynergyId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.impacts.Metric;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyRepository;

/** Public read API over initiatives: published sheets and their figures. */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Initiatives (démarches) and their experience sheets")
class InitiativeApiController {

    /** An initiative in the list, with its declared and computed key figures. */
    record InitiativeSummary(
            long id,
            String slug,
            String name,
            String title,
            String carrier,
            CarrierType carrierType,
            Location location,
            boolean published,
            List<KeyFigure> keyFigures,
            Map<Metric, BigDecimal> computedFigures) {}

    /** A whole initiative: every section of its sheet, its synergies and computed figures. */
    record InitiativeDetail(
            Initiative initiative, List<SynergySummary> synergies, Map<Metric, BigDecimal> computedFigures) {}

    /** Public view of a synergy, without the participating companies. */
    record SynergySummary(
            SynergyId id,
            String title,
            String description,
            String kind,
            String subType,
            String status,
            BigDecimal quantity,
            String quantityUnit,
            BigDecimal co2AvoidedT) {

        static SynergySummary of(Synergy s) {
            return new SynergySummary(
                    s.id(),
                    s.title(),
                    s.description(),
                    s.kind().name(),
                    s.subType().name(),
                    s.status().name(),
                    s.quantity(),
                    s.quantityUnit(),
                    s.co2AvoidedT());
        }
    }

    private final InitiativeRepository initiatives;
    private final SynergyRepository synergies;
    private final FiguresService figures;
    private final AccessPolicy access;

    InitiativeApiController(
            InitiativeRepository initiatives,
            SynergyRepository synergies,
            FiguresService figures,
            AccessPolicy access) {
        this.initiatives = initiatives;
        this.synergies = synergies;
        this.figures = figures;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Initiatives the caller may read, with their key figures")
    List<InitiativeSummary> list() {
        return initiatives.listAll().stream()
                .filter(i -> access.canRead(i.id(), i.published()))
                .map(i -> new InitiativeSummary(
                        i.id().value(),
                        i.slug(),
                        i.name(),
                        i.title(),
                        i.carrier().name(),
                        i.carrier().type(),
                        i.location(),
                        i.published(),
                        i.keyFigures(),
                        figures.compute(i.id()).values()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative with every section of its sheet")
    InitiativeDetail get(@PathVariable("id") long rawId) {
        InitiativeId id = InitiativeId.fromPath(rawId);
        Initiative initiative = initiatives.getById(id);
        if (!access.canRead(id, initiative.published())) {
            // As if it did not exist: a 401 or 403 would tell that it does.
            throw new InitiativeNotFoundException(String.valueOf(id));
        }
        return new InitiativeDetail(
                initiative,
                synergies.listByInitiative(id).stream().map(SynergySummary::of).toList(),
                figures.compute(id).values());
    }
}
