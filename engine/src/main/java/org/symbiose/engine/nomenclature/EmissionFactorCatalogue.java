package org.symbiose.engine.nomenclature;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.symbiose.engine.nomenclature.CodeNotFoundException.Nomenclature;

/**
 * The 85 curated ADEME Base Carbone® v23.6 emission factors shipped with the engine
 * ({@code emission-factors.csv}; gaps and caveats in its {@code SOURCES.md}). Immutable and thread-safe.
 */
public final class EmissionFactorCatalogue {

    private final List<EmissionFactor> all;
    private final Map<String, EmissionFactor> byKey;

    private EmissionFactorCatalogue(List<EmissionFactor> factors) {
        this.all = List.copyOf(factors);
        this.byKey = all.stream().collect(Collectors.toUnmodifiableMap(EmissionFactor::key, factor -> factor));
    }

    /** The catalogue, read from the classpath on first use and shared afterwards. */
    public static EmissionFactorCatalogue load() {
        return Holder.INSTANCE;
    }

    /** The factor with this project key, such as "truck_articulated_34_40t_diesel". */
    public Optional<EmissionFactor> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * As {@link #find(String)}.
     *
     * @throws CodeNotFoundException naming the key, if there is no such factor
     */
    public EmissionFactor get(String key) {
        return find(key).orElseThrow(() -> new CodeNotFoundException(Nomenclature.EMISSION_FACTOR, key));
    }

    /** All 85 factors, in file order (grouped by category). */
    public List<EmissionFactor> listAll() {
        return all;
    }

    /** The factors of one category, in file order. */
    public List<EmissionFactor> listByCategory(EmissionFactor.Category category) {
        return all.stream().filter(factor -> factor.category() == category).toList();
    }

    private static EmissionFactor read(CSVRecord row) {
        String role = CsvResource.optional(row, "role");
        String uncertainty = CsvResource.optional(row, "uncertainty_pct");
        return new EmissionFactor(
                row.get("key"),
                EmissionFactor.Category.valueOf(row.get("category").toUpperCase(Locale.ROOT)),
                Double.parseDouble(row.get("value")),
                row.get("unit"),
                Double.parseDouble(row.get("value_std")),
                row.get("unit_std"),
                row.get("label_fr"),
                row.get("label_en"),
                role == null ? null : EmissionFactor.Role.valueOf(role.toUpperCase(Locale.ROOT)),
                row.get("source_name"),
                row.get("source_id"),
                uncertainty == null ? null : Double.valueOf(uncertainty));
    }

    private static final class Holder {
        static final EmissionFactorCatalogue INSTANCE =
                new EmissionFactorCatalogue(CsvResource.read("emission-factors.csv", EmissionFactorCatalogue::read));
    }
}
