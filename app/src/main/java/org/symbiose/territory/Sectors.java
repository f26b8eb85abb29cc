package org.symbiose.territory;

import java.util.Optional;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;

/**
 * The NAF section (A to U) of a company's code, which colours the map and groups the Sankey's smaller
 * companies. Sections are named from the bundle ({@code territory.section.C}): INSEE writes them in capitals.
 */
final class Sectors {

    private static final NafCatalogue NAF = NafCatalogue.load();

    /** The bundle key of the sector of a company without a known NAF code. */
    static final String UNKNOWN = "territory.section.unknown";

    private Sectors() {}

    /** The section letter of a NAF code at any level ("10.71C" gives "C"), empty when missing or unknown. */
    static Optional<String> section(String naf) {
        if (naf == null || naf.isBlank()) {
            return Optional.empty();
        }
        return NAF.find(naf).map(NafCode::section);
    }

    /** The bundle key naming the section of a NAF code. */
    static String key(String naf) {
        return section(naf).map(s -> "territory.section." + s).orElse(UNKNOWN);
    }
}
