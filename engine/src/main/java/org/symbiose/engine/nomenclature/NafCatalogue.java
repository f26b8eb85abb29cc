package org.symbiose.engine.nomenclature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.symbiose.engine.nomenclature.CodeNotFoundException.Nomenclature;
import org.symbiose.engine.search.TextIndex;
import org.symbiose.engine.search.TextIndex.Text;

/**
 * NAF rév. 2 shipped with the engine ({@code naf-rev2.csv}: 21 sections, 88 divisions, 272 groups, 615
 * classes, 732 sub-classes), searchable in French and English. Immutable and thread-safe.
 */
public final class NafCatalogue {

    /** At most this many searches are remembered; further ones are computed each time. */
    static final int SEARCHES_KEPT = 10_000;

    private record SearchKey(String query, int limit) {}

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.]");

    private static final Map<String, NafCode.Level> LEVELS = Map.of(
            "section", NafCode.Level.SECTION,
            "division", NafCode.Level.DIVISION,
            "groupe", NafCode.Level.GROUP,
            "classe", NafCode.Level.CLASS,
            "sous-classe", NafCode.Level.SUB_CLASS);

    private final List<NafCode> all;
    private final Map<String, NafCode> byCode;
    private final List<NafCode> subClasses;
    private final TextIndex<NafCode> index;

    /**
     * Results of {@link #search} by query and limit, as the same activity texts are searched again and again
     * (once per actor of a dataset that gives an activity but no code); bounded, see {@link #SEARCHES_KEPT}.
     */
    private final Map<SearchKey, List<NafCode>> searches = new ConcurrentHashMap<>();

    private NafCatalogue(List<CSVRecord> rows) {
        Map<String, NafCode> codes = new HashMap<>();
        List<NafCode> ordered = new ArrayList<>();
        for (CSVRecord row : rows) {
            NafCode code = read(row, codes);
            if (codes.putIfAbsent(code.code(), code) != null) {
                throw new IllegalStateException("Duplicate NAF code " + code.code());
            }
            ordered.add(code);
        }
        this.all = List.copyOf(ordered);
        this.byCode = Map.copyOf(codes);
        this.subClasses = all.stream()
                .filter(code -> code.level() == NafCode.Level.SUB_CLASS)
                .toList();
        this.index = new TextIndex<>(
                all,
                code -> new TextIndex.Fields(
                        List.of(code.code()),
                        code.labelFr(),
                        List.of(Text.french(code.labelFr()), Text.english(code.labelEn())),
                        List.of()));
    }

    /** The catalogue, read from the classpath on first use and shared afterwards. */
    public static NafCatalogue load() {
        return Holder.INSTANCE;
    }

    /**
     * The code at any level, in INSEE form or not: "10.71C", "1071C", "10.71c", and NACE codes such as
     * "10.71" (the class) or "C" (the section).
     */
    public Optional<NafCode> find(String code) {
        return Optional.ofNullable(byCode.get(canonical(code)));
    }

    /**
     * As {@link #find(String)}.
     *
     * @throws CodeNotFoundException naming the code, if there is no such NAF code
     */
    public NafCode get(String code) {
        return find(code).orElseThrow(() -> new CodeNotFoundException(Nomenclature.NAF, code));
    }

    /**
     * The code one level up: empty for a section.
     *
     * @throws CodeNotFoundException if {@code code} itself is unknown
     */
    public Optional<NafCode> parent(String code) {
        return Optional.ofNullable(get(code).parentCode()).map(byCode::get);
    }

    /**
     * All the levels above a code, from its section down to its direct parent, as a breadcrumb reads:
     * "10.71C" gives C, 10, 10.7, 10.71. Empty for a section.
     *
     * @throws CodeNotFoundException if {@code code} itself is unknown
     */
    public List<NafCode> ancestors(String code) {
        List<NafCode> ancestors = new ArrayList<>();
        Optional<NafCode> parent = parent(code);
        while (parent.isPresent()) {
            ancestors.add(parent.get());
            parent = Optional.ofNullable(parent.get().parentCode()).map(byCode::get);
        }
        Collections.reverse(ancestors);
        return List.copyOf(ancestors);
    }

    /** The 732 sub-classes, the level SIRENE records, in code order. */
    public List<NafCode> listSubClasses() {
        return subClasses;
    }

    /** All 1,728 codes, each level before its children. */
    public List<NafCode> listAll() {
        return all;
    }

    /**
     * Codes matching what a person typed: a code or its start ("10.7"), or words of the French or English
     * label; see {@link TextIndex} for the ranking.
     *
     * @param limit the maximum number of results, zero or more
     */
    public List<NafCode> search(String query, int limit) {
        var key = new SearchKey(query, limit);
        List<NafCode> found = searches.get(key);
        if (found == null) {
            found = List.copyOf(index.search(query, limit));
            if (searches.size() < SEARCHES_KEPT) {
                searches.putIfAbsent(key, found);
            }
        }
        return found;
    }

    private static String canonical(String code) {
        String compact = SEPARATORS.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.matches("\\d{3,4}[A-Z]?")) {
            return compact.substring(0, 2) + "." + compact.substring(2);
        }
        return compact;
    }

    private static NafCode read(CSVRecord row, Map<String, NafCode> earlier) {
        NafCode.Level level = LEVELS.get(row.get("level"));
        if (level == null) {
            throw new IllegalArgumentException("Unknown NAF level " + row.get("level"));
        }
        String parentCode = CsvResource.optional(row, "parent_code");
        String labelEn = CsvResource.optional(row, "label_en");
        boolean inherited = level == NafCode.Level.SUB_CLASS;
        if (inherited) {
            NafCode parent = earlier.get(parentCode);
            if (parent == null) {
                throw new IllegalArgumentException("Sub-class listed before its class " + parentCode);
            }
            labelEn = parent.labelEn();
        }
        return new NafCode(
                row.get("code"), level, parentCode, row.get("section"), row.get("label_fr"), labelEn, inherited);
    }

    private static final class Holder {
        static final NafCatalogue INSTANCE = new NafCatalogue(CsvResource.read("naf-rev2.csv", row -> row));
    }
}
