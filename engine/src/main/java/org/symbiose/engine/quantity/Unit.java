package org.symbiose.engine.quantity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.symbiose.engine.search.TextAnalysis;

/**
 * The units the platform accepts, each with its factor to the reference unit of its dimension (openLCA's unit
 * group model): 1 kg = 0.001 t, 1 GJ = 1/3.6 MWh.
 */
public enum Unit {
    KILOGRAM("kg", Dimension.MASS, 0.001, "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    TONNE("t", Dimension.MASS, 1, "tonne", "tonnes", "metric ton", "metric tons"),
    /** A thousand tonnes: the yearly tonnages of large industrial synergies ("16 kt/an"). */
    KILOTONNE("kt", Dimension.MASS, 1000, "kilotonne", "kilotonnes"),
    LITRE("L", Dimension.VOLUME, 0.001, "litre", "litres", "liter", "liters"),
    CUBIC_METRE("m3", Dimension.VOLUME, 1, "m^3", "cubic metre", "cubic metres", "mètre cube", "mètres cubes"),
    KILOWATT_HOUR("kWh", Dimension.ENERGY, 0.001),
    MEGAWATT_HOUR("MWh", Dimension.ENERGY, 1),
    GIGAWATT_HOUR("GWh", Dimension.ENERGY, 1000),
    GIGAJOULE("GJ", Dimension.ENERGY, 1 / 3.6, "gigajoule", "gigajoules"),
    /** A piece of anything counted: containers, machines, workstations. */
    UNIT("unit", Dimension.COUNT, 1, "units", "unité", "unités", "u", "pc", "pcs", "pièce", "pièces", "item", "items"),
    /**
     * A pallet counted as an item (wooden pallets as a resource), so one pallet is one unit. A palletised load
     * is not a unit of mass: converting it needs the load's mass, which this catalogue does not know.
     */
    PALLET("pallet", Dimension.COUNT, 1, "pallets", "palette", "palettes"),
    SQUARE_METRE("m2", Dimension.AREA, 1, "m^2", "square metre", "square metres", "mètre carré", "mètres carrés"),
    HECTARE("ha", Dimension.AREA, 10_000, "hectare", "hectares"),
    HOUR("h", Dimension.TIME, 1, "hour", "hours", "heure", "heures"),
    DAY("d", Dimension.TIME, 24, "day", "days", "jour", "jours", "j"),
    EURO("EUR", Dimension.MONEY, 1, "euro", "euros");

    /** Symbols and aliases by their {@link #key}: "m³" and "m3", "pièce" and "piece" share one. */
    private static final Map<String, Unit> BY_TEXT = Arrays.stream(values())
            .flatMap(unit -> Stream.concat(Stream.of(unit.symbol), unit.aliases.stream())
                    .map(text -> Map.entry(key(text), unit)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String symbol;
    private final Dimension dimension;
    private final double factorToReference;
    private final List<String> aliases;

    Unit(String symbol, Dimension dimension, double factorToReference, String... aliases) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factorToReference = factorToReference;
        this.aliases = List.of(aliases);
    }

    /**
     * The unit written as people and spreadsheets write it, ignoring case and accents: "t", "tonnes", "kg",
     * "m3", "m³", "L", "kWh", "MWh", "GJ", "unité", "palette", "m²", "h", "€". "ton" and "tons" are refused:
     * they may be short tons.
     *
     * @throws IllegalArgumentException naming the text and the accepted symbols, if the unit is unknown
     */
    public static Unit parse(String text) {
        Unit unit = BY_TEXT.get(key(text));
        if (unit == null) {
            throw new IllegalArgumentException("Unknown unit '" + text + "'; expected one of "
                    + Arrays.stream(values()).map(Unit::symbol).collect(Collectors.joining(", ")));
        }
        return unit;
    }

    /** The symbol used in exports and on screen: "t", "m3", "MWh". */
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many reference units of the dimension one of this unit is (kg: 0.001, as the reference is t). */
    public double factorToReference() {
        return factorToReference;
    }

    @Override
    public String toString() {
        return symbol;
    }

    /** Lower case, accents folded, superscripts as digits, "€" as "eur", single spaces. */
    private static String key(String text) {
        String folded = text.replace('³', '3').replace('²', '2').replace("€", "eur");
        return TextAnalysis.fold(folded).strip().replaceAll("\\s+", " ");
    }
}
