package org.symbiose.engine.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/** Turns checked CSV rows into actors and flows, collecting every error. */
final class ExchangeRows {

    static final Set<String> ACTOR_COLUMNS = new LinkedHashSet<>(
            List.of("id", "name", "siret", "naf", "activity", "employees", "lat", "lon", "commune", "zone", "member"));
    static final Set<String> FLOW_COLUMNS = new LinkedHashSet<>(List.of(
            "id",
            "actor_id",
            "direction",
            "label",
            "category",
            "ewc",
            "quantity",
            "unit",
            "period",
            "temperature_c",
            "hazardous",
            "available_from",
            "available_to",
            "notes"));

    /** The words an unknown category or unit is answered with. */
    private static final String CATEGORY_CODES =
            Arrays.stream(FlowCategory.values()).map(FlowCategory::code).collect(Collectors.joining(", "));

    private static final String UNIT_SYMBOLS =
            Arrays.stream(Unit.values()).map(Unit::symbol).collect(Collectors.joining(", "));

    /**
     * Longest texts and largest numbers of the columns that have a bound: those of the database the
     * application imports into (docs/formats/exchange-format.md, "Limits").
     */
    static final Map<String, Integer> MAX_CHARS = Map.of("id", 80, "name", 300, "activity", 1000, "zone", 300);

    static final double MAX_QUANTITY = 1e14;
    static final double MAX_TEMPERATURE = 1e6;

    private final ReadLimits limits;
    private final CommuneCatalogue communes = CommuneCatalogue.load();
    private final NafCatalogue naf = NafCatalogue.load();
    private final WasteCatalogue waste = WasteCatalogue.load();

    ExchangeRows(ReadLimits limits) {
        this.limits = limits;
    }

    List<Actor> actors(CsvTable table, List<DatasetError> errors) {
        table.checkHeader(Set.of("id", "name"), ACTOR_COLUMNS, errors);
        var cells = new Cells(table.file(), errors);
        var ids = new HashSet<String>();
        var actors = new ArrayList<Actor>();
        // Codes and communes repeat from row to row: each distinct text is looked up once.
        var knownNaf = new Memo<Boolean>(code -> naf.find(code).isPresent());
        var communeOf = new Memo<Optional<Commune>>(communes::resolve);
        table.forEachRow(row -> {
            String id = cells.required(row, "id");
            if (id != null && !ids.add(id)) {
                cells.error(row, "id", "duplicate-id", id);
            }
            String name = cells.required(row, "name");
            for (String column : List.of("id", "name", "activity", "zone")) {
                checkLength(row, cells, column);
            }
            String siret = row.get("siret");
            if (siret != null && !Siret.isValid(siret)) {
                cells.error(row, "siret", "invalid-siret", siret);
            }
            String nafCode = row.get("naf");
            if (nafCode != null && !knownNaf.apply(nafCode)) {
                cells.error(row, "naf", "unknown-naf", nafCode);
            }
            GeoPoint point = point(row, cells);
            String communeText = row.get("commune");
            String insee = null;
            if (communeText != null) {
                Optional<Commune> commune = communeOf.apply(communeText);
                if (commune.isEmpty()) {
                    cells.error(row, "commune", "unknown-commune", communeText);
                } else {
                    insee = commune.get().inseeCode();
                    if (point == null) {
                        point = new GeoPoint(
                                commune.get().latitude(), commune.get().longitude());
                    }
                }
            }
            Integer employees = cells.integer(row, "employees");
            if (employees != null && employees < 0) {
                cells.error(row, "employees", "negative", "employees");
            }
            Boolean member = cells.bool(row, "member");
            if (id != null && name != null) {
                actors.add(new Actor(
                        id,
                        name,
                        siret == null ? null : siret.replace(" ", ""),
                        nafCode,
                        row.get("activity"),
                        employees,
                        point,
                        insee,
                        row.get("zone"),
                        Boolean.TRUE.equals(member)));
            }
        });
        return actors;
    }

    private GeoPoint point(CsvTable.Row row, Cells cells) {
        Double lat = cells.decimal(row, "lat");
        Double lon = cells.decimal(row, "lon");
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            cells.error(row, lat == null ? "lat" : "lon", "incomplete-coordinates");
            return null;
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            cells.error(row, "lat", "bad-coordinates", lat, lon);
            return null;
        }
        return new GeoPoint(lat, lon);
    }

    /**
     * @param actorIds the ids of the actors read, each mapped to itself: the flows of an actor share its id
     *     string rather than each holding a copy
     */
    List<FlowRecord> flows(CsvTable table, Map<String, String> actorIds, List<DatasetError> errors) {
        table.checkHeader(Set.of("id", "actor_id", "direction", "label"), FLOW_COLUMNS, errors);
        var cells = new Cells(table.file(), errors);
        var ids = new HashSet<String>();
        var flows = new ArrayList<FlowRecord>();
        // The vocabularies and waste codes of a million flows are a few dozen distinct texts.
        var directions = new Cells.Vocabulary<>(Direction::parse);
        var categories = new Cells.Vocabulary<>(FlowCategory::parse);
        var units = new Cells.Vocabulary<>(Unit::parse);
        var periods = new Cells.Vocabulary<>(Period::parse);
        var wasteCodes = new Memo<Optional<WasteCode>>(waste::find);
        table.forEachRow(row -> {
            String id = cells.required(row, "id");
            if (id != null && !ids.add(id)) {
                cells.error(row, "id", "duplicate-id", id);
            }
            checkLength(row, cells, "id");
            String actorId = cells.required(row, "actor_id");
            if (actorId != null) {
                String known = actorIds.get(actorId);
                if (known == null) {
                    cells.error(row, "actor_id", "unknown-actor", actorId);
                } else {
                    actorId = known;
                }
            }
            cells.required(row, "direction");
            Direction direction = cells.vocabulary(row, "direction", directions, "unknown-direction");
            String label = cells.required(row, "label");
            if (label != null && label.length() > limits.maxLabelChars()) {
                cells.error(row, "label", "label-too-long", limits.maxLabelChars());
            }
            FlowCategory category = cells.vocabulary(row, "category", categories, "unknown-category", CATEGORY_CODES);
            Boolean hazardous = cells.bool(row, "hazardous");
            WasteCode entry = wasteCode(row, cells, hazardous, wasteCodes);
            String ewc = entry == null ? null : entry.code();
            Double quantity = cells.decimal(row, "quantity");
            if (quantity != null && quantity < 0) {
                cells.error(row, "quantity", "negative", "quantity");
            }
            if (quantity != null && quantity >= MAX_QUANTITY) {
                cells.error(row, "quantity", "number-too-large", "quantity", MAX_QUANTITY);
            }
            Double temperature = cells.decimal(row, "temperature_c");
            if (temperature != null && Math.abs(temperature) >= MAX_TEMPERATURE) {
                cells.error(row, "temperature_c", "number-too-large", "temperature_c", MAX_TEMPERATURE);
            }
            Unit unit = cells.vocabulary(row, "unit", units, "unknown-unit", UNIT_SYMBOLS);
            if (quantity != null && row.get("unit") == null) {
                cells.error(row, "unit", "missing-unit");
            }
            Period period = cells.vocabulary(row, "period", periods, "unknown-period");
            var from = cells.date(row, "available_from");
            var to = cells.date(row, "available_to");
            if (from != null && to != null && to.isBefore(from)) {
                cells.error(row, "available_to", "bad-window");
            }
            if (id != null && actorId != null && direction != null && label != null) {
                if (hazardous == null && ewc != null) {
                    hazardous = entry.hazardous();
                }
                flows.add(new FlowRecord(
                        id,
                        actorId,
                        direction,
                        label,
                        category,
                        ewc,
                        quantity,
                        unit,
                        period == null ? Period.YEAR : period,
                        temperature,
                        hazardous,
                        from,
                        to,
                        row.get("notes")));
            }
        });
        return flows;
    }

    private static void checkLength(CsvTable.Row row, Cells cells, String column) {
        String value = row.get(column);
        int max = MAX_CHARS.get(column);
        if (value != null && value.length() > max) {
            cells.error(row, column, "text-too-long", column, max);
        }
    }

    /** Checks a List-of-Waste code; its official hazard flag wins over a contradicting column. */
    private static WasteCode wasteCode(
            CsvTable.Row row, Cells cells, Boolean hazardous, Memo<Optional<WasteCode>> wasteCodes) {
        String text = row.get("ewc");
        if (text == null) {
            return null;
        }
        Optional<WasteCode> code = wasteCodes.apply(text);
        if (code.isEmpty() || code.get().level() != WasteCode.Level.ENTRY) {
            cells.error(row, "ewc", "unknown-ewc", text);
            return null;
        }
        if (hazardous != null && hazardous != code.get().hazardous()) {
            cells.error(
                    row,
                    "hazardous",
                    "hazard-contradiction",
                    hazardous.toString(),
                    code.get().display());
        }
        return code.get();
    }
}
