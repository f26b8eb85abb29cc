package org.symbiose.engine.nomenclature;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.symbiose.engine.nomenclature.CodeNotFoundException.Nomenclature;
import org.symbiose.engine.search.TextIndex;
import org.symbiose.engine.search.TextIndex.Text;

/**
 * The European List of Waste shipped with the engine ({@code list-of-waste.csv}: 20 chapters, 111
 * sub-chapters, 842 entries), searchable in French and English and through the everyday words of
 * {@code waste-keywords.csv} ("palette" finds 15 01 03 "emballages en bois"). Immutable and thread-safe.
 */
public final class WasteCatalogue {

    /** A code once separators are removed: a chapter, sub-chapter or entry, maybe with the hazard asterisk. */
    private static final Pattern CODE = Pattern.compile("(\\d{2}|\\d{4}|\\d{6})(\\*)?");

    /** Separators people put in codes ("15 01 03", "15.01.03", "15-01-03"), non-breaking spaces included. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.\\-]");

    private final List<WasteCode> all;
    private final Map<String, WasteCode> byCode;
    private final List<WasteCode> entries;
    private final TextIndex<WasteCode> index;

    private WasteCatalogue(List<WasteCode> codes, Map<String, WasteKeywords> keywords) {
        this.all = List.copyOf(codes);
        this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(WasteCode::code, code -> code));
        keywords.keySet().forEach(code -> {
            if (!byCode.containsKey(code) || !byCode.get(code).isEntry()) {
                throw new IllegalStateException("waste-keywords.csv names " + code + ", which is not a waste entry");
            }
        });
        this.entries = all.stream().filter(WasteCode::isEntry).toList();
        this.index = new TextIndex<>(entries, code -> fields(code, keywords.get(code.code())));
    }

    /** The catalogue, read from the classpath on first use and shared afterwards. */
    public static WasteCatalogue load() {
        return Holder.INSTANCE;
    }

    /**
     * The heading or entry with this code, written with or without spaces, dots or hyphens ("15 01 03",
     * "150103", "15.01.03"). A trailing asterisk is accepted but must be right: "16 01 04*" finds 16 01 04*,
     * "15 01 03*" finds nothing, as 15 01 03 is not hazardous.
     */
    public Optional<WasteCode> find(String code) {
        Matcher matcher = CODE.matcher(SEPARATORS.matcher(code).replaceAll(""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean asterisk = matcher.group(2) != null;
        return Optional.ofNullable(byCode.get(matcher.group(1))).filter(found -> !asterisk || found.hazardous());
    }

    /**
     * As {@link #find(String)}.
     *
     * @throws CodeNotFoundException naming the code, if there is no such heading or entry
     */
    public WasteCode get(String code) {
        return find(code).orElseThrow(() -> new CodeNotFoundException(Nomenclature.WASTE, code));
    }

    /** The 842 six-digit entries, in list order. */
    public List<WasteCode> listEntries() {
        return entries;
    }

    /** Chapters, sub-chapters and entries (973), in list order, each heading before its children. */
    public List<WasteCode> listAll() {
        return all;
    }

    /**
     * Entries matching what a person typed: a code or its start ("1501" gives the 15 01 entries), words of the
     * French or English label, or everyday words ("palette", "DEEE"); see {@link TextIndex} for the ranking.
     * Chapters and sub-chapters are left out: only an entry can be declared for a waste, and headings, being
     * short and general, would push the entries down.
     *
     * @param limit the maximum number of results, zero or more
     */
    public List<WasteCode> search(String query, int limit) {
        return index.search(query, limit);
    }

    private static TextIndex.Fields fields(WasteCode code, WasteKeywords keywords) {
        return new TextIndex.Fields(
                List.of(code.code()),
                code.labelFr(),
                List.of(Text.french(code.labelFr()), Text.english(code.labelEn())),
                keywords == null ? List.of() : keywords.texts());
    }

    private static WasteCode read(CSVRecord row) {
        return new WasteCode(
                row.get("code"),
                row.get("code_display"),
                WasteCode.Level.valueOf(row.get("level").toUpperCase(Locale.ROOT)),
                row.get("chapter"),
                CsvResource.optional(row, "sub_chapter"),
                Boolean.parseBoolean(row.get("hazardous")),
                row.get("label_fr"),
                row.get("label_en"));
    }

    private static final class Holder {
        static final WasteCatalogue INSTANCE =
                new WasteCatalogue(CsvResource.read("list-of-waste.csv", WasteCatalogue::read), WasteKeywords.load());
    }
}
