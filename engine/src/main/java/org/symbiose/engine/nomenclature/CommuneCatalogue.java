package org.symbiose.engine.nomenclature;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.symbiose.engine.nomenclature.CodeNotFoundException.Nomenclature;
import org.symbiose.engine.search.TextAnalysis;
import org.symbiose.engine.search.TextIndex;
import org.symbiose.engine.search.TextIndex.Text;

/**
 * The 946 communes of Provence-Alpes-Côte d'Azur shipped with the engine ({@code communes-paca.csv}), found by
 * INSEE code, postcode or name however it is typed. Immutable and thread-safe.
 */
public final class CommuneCatalogue {

    /** Abbreviations of commune names as people write them: "St-Raphaël", "Ste-Maxime". */
    private static final Map<String, String> ABBREVIATIONS =
            Map.of("st", "saint", "ste", "sainte", "sts", "saints", "stes", "saintes");

    private static final Pattern CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");

    /** "Vitrolles (13)": a name followed by a department code, as French addresses and forms write it. */
    private static final Pattern NAME_WITH_DEPARTMENT = Pattern.compile("(.*?)\\s*\\((\\d{2}|2[AB])\\)\\s*");

    private final List<Commune> all;
    private final Map<String, Commune> byInseeCode;
    private final Map<String, List<Commune>> byPostcode;
    private final Map<String, List<Commune>> byName;
    private final TextIndex<Commune> index;

    private CommuneCatalogue(List<Commune> communes) {
        this.all = List.copyOf(communes);
        this.byInseeCode = all.stream().collect(Collectors.toUnmodifiableMap(Commune::inseeCode, c -> c));
        this.byPostcode = all.stream()
                .flatMap(commune -> commune.postcodes().stream().map(postcode -> Map.entry(postcode, commune)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
        this.byName =
                all.stream().collect(Collectors.groupingBy(c -> nameKey(c.name()), Collectors.toUnmodifiableList()));
        this.index = new TextIndex<>(all, CommuneCatalogue::fields, ABBREVIATIONS);
    }

    /** The catalogue, read from the classpath on first use and shared afterwards. */
    public static CommuneCatalogue load() {
        return Holder.INSTANCE;
    }

    /** The commune with this INSEE code ("83126"); postcodes are not INSEE codes, see {@link #resolve}. */
    public Optional<Commune> find(String inseeCode) {
        return Optional.ofNullable(byInseeCode.get(inseeCode.strip()));
    }

    /**
     * As {@link #find(String)}.
     *
     * @throws CodeNotFoundException naming the code, if no commune of the region has it
     */
    public Commune get(String inseeCode) {
        return find(inseeCode).orElseThrow(() -> new CodeNotFoundException(Nomenclature.COMMUNE, inseeCode));
    }

    /**
     * The commune with exactly this name, ignoring case, accents, hyphens and apostrophes, with "St"/"Ste"
     * read as "Saint"/"Sainte": "la seyne sur mer" finds La Seyne-sur-Mer. Ten names belong to two communes
     * (La Garde, Vitrolles...): they are found only with a department, "Vitrolles (13)", and otherwise give
     * nothing; {@link #listByName} returns both.
     */
    public Optional<Commune> findByName(String name) {
        List<Commune> matches = listByName(name);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** All communes with this name (compared as in {@link #findByName}), at most one per department. */
    public List<Commune> listByName(String name) {
        Matcher withDepartment = NAME_WITH_DEPARTMENT.matcher(name);
        if (withDepartment.matches()) {
            String department = withDepartment.group(2);
            return byName.getOrDefault(nameKey(withDepartment.group(1)), List.of()).stream()
                    .filter(commune -> commune.departmentCode().equals(department))
                    .toList();
        }
        return byName.getOrDefault(nameKey(name), List.of());
    }

    /**
     * What an import file most likely means: an INSEE code; else a postcode, if only one commune has it
     * ("83500", but not "04510", shared by five communes); else a name, as {@link #findByName}. Empty when
     * nothing matches or the text is ambiguous.
     *
     * <p>Beware: 76 postcodes of the region are also the INSEE code of another commune, and the INSEE code
     * wins. "13008" is Aurons (INSEE 13008), not the 8th arrondissement of Marseille; "13100" is
     * Saint-Rémy-de-Provence, not Aix-en-Provence. When a column is known to hold postcodes, use {@link
     * #listByPostcode}.
     */
    public Optional<Commune> resolve(String codeOrName) {
        String text = codeOrName.strip();
        if (CODE.matcher(text).matches()) {
            Optional<Commune> byCode = find(text);
            if (byCode.isPresent()) {
                return byCode;
            }
            List<Commune> withPostcode = byPostcode.getOrDefault(text, List.of());
            return withPostcode.size() == 1 ? Optional.of(withPostcode.get(0)) : Optional.empty();
        }
        return findByName(text);
    }

    /** The communes served by a La Poste postcode (one or several), by INSEE code; empty if none. */
    public List<Commune> listByPostcode(String postcode) {
        return byPostcode.getOrDefault(postcode.strip(), List.of());
    }

    /**
     * Communes matching what a person typed: words or the start of the name ("seyne", "st raph"), an INSEE
     * code or a postcode, or their start; see {@link TextIndex} for the ranking.
     *
     * @param limit the maximum number of results, zero or more
     */
    public List<Commune> search(String query, int limit) {
        return index.search(query, limit);
    }

    /** All 946 communes, by INSEE code. */
    public List<Commune> listAll() {
        return all;
    }

    private static String nameKey(String name) {
        return TextAnalysis.words(name).stream()
                .map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    private static TextIndex.Fields fields(Commune commune) {
        List<String> codes = Stream.concat(Stream.of(commune.inseeCode()), commune.postcodes().stream())
                .toList();
        return new TextIndex.Fields(codes, commune.name(), List.of(Text.french(commune.name())), List.of());
    }

    private static Commune read(CSVRecord row) {
        String population = CsvResource.optional(row, "population");
        return new Commune(
                row.get("code_insee"),
                row.get("nom"),
                row.get("code_departement"),
                row.get("nom_departement"),
                CsvResource.list(row, "codes_postaux"),
                population == null ? null : Integer.valueOf(population),
                row.get("epci_siren"),
                row.get("epci_nom"),
                Double.parseDouble(row.get("latitude")),
                Double.parseDouble(row.get("longitude")));
    }

    private static final class Holder {
        static final CommuneCatalogue INSTANCE =
                new CommuneCatalogue(CsvResource.read("communes-paca.csv", CommuneCatalogue::read));
    }
}
