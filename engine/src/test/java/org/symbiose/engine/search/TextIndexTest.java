package org.symbiose.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextIndexTest {

    /** A tiny catalogue: code | label | keywords (comma-separated). */
    record Item(String code, String label, List<String> keywords) {}

    private static TextIndex<Item> index(String table) {
        List<Item> items = table.lines()
                .skip(1)
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
                .map(cells -> new Item(
                        cells.get(0),
                        cells.get(1),
                        cells.size() > 2 ? List.of(cells.get(2).split(",")) : List.of()))
                .toList();
        return new TextIndex<>(
                items,
                item -> new TextIndex.Fields(
                        List.of(item.code()),
                        item.label(),
                        List.of(TextIndex.Text.french(item.label())),
                        item.keywords().stream().map(TextIndex.Text::french).toList()),
                Map.of("st", "saint"));
    }

    private static List<String> codes(List<Item> items) {
        return items.stream().map(Item::code).toList();
    }

    private final TextIndex<Item> index = index("""
            code   | label                              | keywords
            150101 | emballages en papier/carton        |
            150102 | cagettes en plastique              |
            150103 | emballages en bois                 | palette,cagette
            170201 | bois                               |
            200138 | bois autres que ceux visés         | palettes cassées
            020701 | déchets de boissons                |
            1501   | emballages                         |
            83118  | Saint-Raphaël                      |
            04205  | Seyne                              |
            83126  | La Seyne-sur-Mer                   |
            """);

    @Test
    void putsAnExactCodeFirst() {
        assertThat(codes(index.search("15 01", 10))).startsWith("1501", "150101", "150102", "150103");
    }

    @Test
    void findsItemsByTheStartOfTheirCode() {
        assertThat(codes(index.search("1501", 10))).containsExactly("1501", "150101", "150102", "150103");
    }

    @Test
    void ranksItemsMatchingAllWordsFirst() {
        assertThat(codes(index.search("emballages bois", 10))).first().isEqualTo("150103");
    }

    @Test
    void findsItemsThroughKeywordsButRanksLabelMatchesFirst() {
        assertThat(codes(index.search("palettes", 10))).containsExactly("150103", "200138");
        assertThat(codes(index.search("cagette", 10))).containsExactly("150102", "150103");
    }

    @Test
    void ranksWholeWordsBeforeAPrefixOfALongerWord() {
        assertThat(codes(index.search("bois", 10))).containsExactly("170201", "200138", "150103", "020701");
    }

    @Test
    void ranksLabelsStartingWithTheQueryThenShorterLabels() {
        assertThat(codes(index.search("seyne", 10))).containsExactly("04205", "83126");
        assertThat(codes(index.search("emballages", 10))).startsWith("1501", "150103", "150101");
    }

    @Test
    void ignoresStopWordsCaseAndAccents() {
        assertThat(codes(index.search("SEYNE SUR MER", 10))).first().isEqualTo("83126");
        assertThat(codes(index.search("déchets DE boissons", 10))).containsExactly("020701");
    }

    @Test
    void expandsAbbreviations() {
        assertThat(codes(index.search("st raphael", 10))).containsExactly("83118");
    }

    @Test
    void completesTheLastWordOnlyWhileItIsBeingTyped() {
        assertThat(codes(index.search("emballages en bo", 10))).first().isEqualTo("150103");
        assertThat(codes(index.search("cag", 10))).containsExactly("150102", "150103");
        assertThat(codes(index.search("cag ", 10))).isEmpty();
    }

    @Test
    void returnsAtMostTheLimit() {
        assertThat(index.search("bois", 2)).hasSize(2);
        assertThat(index.search("bois", 0)).isEmpty();
    }

    @Test
    void returnsNothingForABlankQuery() {
        assertThat(index.search("  ", 10)).isEmpty();
        assertThat(index.search("-- / --", 10)).isEmpty();
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> index.search("bois", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
