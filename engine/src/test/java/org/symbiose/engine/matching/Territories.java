package org.symbiose.engine.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;

/**
 * Small territories written as tables, as a facilitator would jot them down:
 *
 * <pre>
 * actor       | naf    | dir | resource              | qty t/yr | lat   | lon  | extra
 * Scierie     | 16.10A | out | sciure de bois        | 1200     | 43.12 | 5.93 |
 * Chaufferie  | 35.30Z | in  | combustible biomasse  |  900     | 43.13 | 5.95 | temp=90
 * </pre>
 *
 * One row per flow; an actor's id is its name; {@code dir} {@code -} declares the actor without a flow.
 * {@code extra} holds {@code key=value} pairs: {@code temp} (°C), {@code ewc}, {@code hazardous},
 * {@code unit} (instead of t), {@code category}, {@code from}/{@code to} (ISO dates), {@code activity} (the
 * actor's free-text activity, underscores for spaces: {@code activity=Cement_works}).
 */
final class Territories {

    private Territories() {}

    static Dataset parse(String table) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<FlowRecord> flows = new ArrayList<>();
        String[] lines = table.strip().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\\|", -1);
            String name = cells[0].strip();
            String naf = cells[1].strip();
            String dir = cells[2].strip();
            String resource = cells[3].strip();
            String qty = cells[4].strip();
            double lat = Double.parseDouble(cells[5].strip());
            double lon = Double.parseDouble(cells[6].strip());
            Map<String, String> extra = extra(cells.length > 7 ? cells[7] : "");
            actors.putIfAbsent(
                    name,
                    new Actor(
                            name,
                            name,
                            null,
                            naf.isEmpty() ? null : naf,
                            extra.containsKey("activity")
                                    ? extra.get("activity").replace('_', ' ')
                                    : null,
                            null,
                            new GeoPoint(lat, lon),
                            null,
                            null,
                            true));
            if (dir.equals("-")) {
                continue;
            }
            String unit = extra.getOrDefault("unit", "t");
            flows.add(new FlowRecord(
                    "f" + i,
                    name,
                    Direction.parse(dir),
                    resource,
                    extra.containsKey("category") ? FlowCategory.parse(extra.get("category")) : null,
                    extra.get("ewc"),
                    qty.isEmpty() ? null : Double.valueOf(qty),
                    qty.isEmpty() ? null : Unit.parse(unit),
                    Period.YEAR,
                    extra.containsKey("temp") ? Double.valueOf(extra.get("temp")) : null,
                    extra.containsKey("hazardous") ? Boolean.valueOf(extra.get("hazardous")) : null,
                    extra.containsKey("from") ? java.time.LocalDate.parse(extra.get("from")) : null,
                    extra.containsKey("to") ? java.time.LocalDate.parse(extra.get("to")) : null,
                    null));
        }
        return new Dataset(new ArrayList<>(actors.values()), flows);
    }

    private static Map<String, String> extra(String cell) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String pair : cell.strip().split("\\s+")) {
            if (pair.contains("=")) {
                String[] kv = pair.split("=", 2);
                extra.put(kv[0], kv[1]);
            }
        }
        return extra;
    }
}
