package org.symbiose.engine.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class CatalogueSearchPropertiesTest {

    @Property(tries = 300)
    void wasteSearchNeverFailsAndRespectsTheLimit(
            @ForAll @StringLength(max = 60) String query, @ForAll @IntRange(max = 30) int limit) {
        assertThat(WasteCatalogue.load().search(query, limit)).hasSizeLessThanOrEqualTo(limit);
    }

    @Property(tries = 300)
    void nafSearchNeverFailsAndRespectsTheLimit(
            @ForAll @StringLength(max = 60) String query, @ForAll @IntRange(max = 30) int limit) {
        assertThat(NafCatalogue.load().search(query, limit)).hasSizeLessThanOrEqualTo(limit);
    }

    @Property(tries = 300)
    void communeSearchNeverFailsAndRespectsTheLimit(
            @ForAll @StringLength(max = 60) String query, @ForAll @IntRange(max = 30) int limit) {
        assertThat(CommuneCatalogue.load().search(query, limit)).hasSizeLessThanOrEqualTo(limit);
    }

    @Property(tries = 300)
    void findNeverFailsOnArbitraryText(@ForAll String text) {
        WasteCatalogue.load().find(text);
        NafCatalogue.load().find(text);
        CommuneCatalogue.load().find(text);
        CommuneCatalogue.load().resolve(text);
    }
}
