package org.symbiose.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.ComputedFigures;
import org.symbiose.impacts.FiguresService;
import org.symbiose.impacts.Metric;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeNotFoundException;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.initiatives.KeyFigure;
import org.symbiose.synergies.Synergy;
import org.symbiose.synergies.SynergyRepository;
import org.symbiose.synergies.SynergyStatus;

/** Assembles experience sheets, checking that the current user may read them. */
@Service
public class ExperienceSheetService {

    private final InitiativeRepository initiatives;
    private final SynergyRepository synergies;
    private final FiguresService figures;
    private final AccessPolicy access;
    private final CommuneCatalogue communes = CommuneCatalogue.load();

    ExperienceSheetService(
            InitiativeRepository initiatives,
            SynergyRepository synergies,
            FiguresService figures,
            AccessPolicy access) {
        this.initiatives = initiatives;
        this.synergies = synergies;
        this.figures = figures;
        this.access = access;
    }

    public ExperienceSheet getBySlug(String slug) {
        return sheetOf(readable(initiatives.getBySlug(slug)));
    }

    /** The initiative, when the current user may read its sheet. */
    Initiative getReadable(String slug) {
        return readable(initiatives.getBySlug(slug));
    }

    /**
     * Every initiative the current user may read, in compendium order: the order in which they joined
     * the network (the seed compendium's order for the demo), not the alphabet (decision 0025).
     */
    List<Initiative> listReadableInitiatives() {
        return initiatives.listAll().stream()
                .filter(i -> access.canRead(i.id(), i.published()))
                .sorted(Comparator.comparingLong(i -> i.id().value()))
                .toList();
    }

    /** Sheets of every initiative the current user may read, in compendium order. */
    public List<ExperienceSheet> listReadable() {
        return listReadableInitiatives().stream().map(this::sheetOf).toList();
    }

    /**
     * The initiative, if the current user may read it. An unpublished sheet is answered as if it did not
     * exist (404), to anonymous visitors too: a redirect to the login page would tell that it exists.
     */
    Initiative readable(Initiative initiative) {
        if (!access.canRead(initiative.id(), initiative.published())) {
            throw new InitiativeNotFoundException(initiative.slug());
        }
        return initiative;
    }

    ExperienceSheet sheetOf(Initiative initiative) {
        InitiativeId id = initiative.id();
        List<Synergy> all = synergies.listByInitiative(id);
        ComputedFigures computed = figures.compute(id);
        return new ExperienceSheet(
                initiative,
                initiative.keyFigures().stream()
                        .map(f -> new ExperienceSheet.FigureLine(f, computedOf(f, computed)))
                        .toList(),
                withStatus(all, SynergyStatus.REALISED),
                withStatus(all, SynergyStatus.IN_PROGRESS),
                withStatus(all, SynergyStatus.PERSPECTIVE),
                withStatus(all, SynergyStatus.ABANDONED),
                computed.get(Metric.TONNES_VALORISED),
                computed.get(Metric.CO2_AVOIDED_T),
                initiative.territory().communes().stream()
                        .map(code -> communes.find(code).map(c -> c.name()).orElse(code))
                        .toList());
    }

    private static List<Synergy> withStatus(List<Synergy> all, SynergyStatus status) {
        return all.stream().filter(s -> s.status() == status).toList();
    }

    /**
     * The computed value of the figure's metric, with what it counts: in the declared figure's unit
     * when the sheet speaks in kilotonnes (16 kt/an, not 16 with no unit), otherwise in the metric's
     * own unit; null when the figure has no metric or the platform has no value for it.
     */
    static ExperienceSheet.Computed computedOf(KeyFigure figure, ComputedFigures computed) {
        if (figure.metric() == null) {
            return null;
        }
        BigDecimal value = computed.find(figure.metric()).orElse(null);
        if (value == null) {
            return null;
        }
        String unit = figure.unit() == null ? "" : figure.unit().toLowerCase(Locale.ROOT);
        if (unit.startsWith("kt") || unit.startsWith("kilotonne")) {
            return new ExperienceSheet.Computed(
                    value.divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP), figure.metric(), figure.unit());
        }
        return new ExperienceSheet.Computed(value, figure.metric(), null);
    }
}
