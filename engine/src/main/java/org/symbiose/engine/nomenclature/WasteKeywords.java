package org.symbiose.engine.nomenclature;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.symbiose.engine.search.TextIndex.Text;

/**
 * Everyday words for a waste entry, which its official label lacks (the project's own list, described in
 * {@code waste-keywords.md}).
 */
record WasteKeywords(String code, List<String> french, List<String> english) {

    WasteKeywords {
        french = List.copyOf(french);
        english = List.copyOf(english);
    }

    List<Text> texts() {
        return Stream.concat(french.stream().map(Text::french), english.stream().map(Text::english))
                .toList();
    }

    /** Keywords by waste code (6 digits). */
    static Map<String, WasteKeywords> load() {
        return CsvResource.read(
                        "waste-keywords.csv",
                        row -> new WasteKeywords(
                                row.get("code"),
                                CsvResource.list(row, "keywords_fr"),
                                CsvResource.list(row, "keywords_en")))
                .stream()
                .collect(Collectors.toUnmodifiableMap(WasteKeywords::code, keywords -> keywords));
    }
}
