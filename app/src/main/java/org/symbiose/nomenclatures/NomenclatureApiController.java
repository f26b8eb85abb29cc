package org.symbiose.nomenclatures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;
import org.symbiose.web.InvalidParameterException;
import org.symbiose.web.RefusedRequestException;

/**
 * Public search over the reference data shipped with the engine: accent- and case-insensitive,
 * plural-tolerant, search-as-you-type on the last word.
 */
@RestController
@RequestMapping("/api/v1/nomenclatures")
@Tag(name = "Nomenclatures", description = "List of Waste, NAF rév. 2 and communes of the region")
class NomenclatureApiController {

    static final int MAX_LIMIT = 100;

    /** A List-of-Waste entry. */
    record WasteEntry(String code, String display, boolean hazardous, String labelFr, String labelEn) {
        static WasteEntry of(WasteCode w) {
            return new WasteEntry(w.code(), w.display(), w.hazardous(), w.labelFr(), w.labelEn());
        }
    }

    /** A NAF rév. 2 code. */
    record NafEntry(String code, String level, String parentCode, String section, String labelFr, String labelEn) {
        static NafEntry of(NafCode n) {
            return new NafEntry(n.code(), n.level().name(), n.parentCode(), n.section(), n.labelFr(), n.labelEn());
        }
    }

    /** A commune of Provence-Alpes-Côte d'Azur with its centroid (WGS84). */
    record CommuneEntry(
            String inseeCode,
            String name,
            String departmentCode,
            List<String> postcodes,
            String epciName,
            double latitude,
            double longitude) {
        static CommuneEntry of(Commune c) {
            return new CommuneEntry(
                    c.inseeCode(),
                    c.name(),
                    c.departmentCode(),
                    c.postcodes(),
                    c.epciName(),
                    c.latitude(),
                    c.longitude());
        }
    }

    private final WasteCatalogue waste = WasteCatalogue.load();
    private final NafCatalogue naf = NafCatalogue.load();
    private final CommuneCatalogue communes = CommuneCatalogue.load();
    private final SearchCache cache = new SearchCache();

    @GetMapping("/waste")
    @Operation(summary = "Search the European List of Waste (entries), in French and English")
    List<WasteEntry> waste(
            @Parameter(description = "words or code, e.g. 'palette' or '15 01'") @RequestParam String q,
            @RequestParam(defaultValue = "20") int limit) {
        return cache.answer(
                "waste",
                q,
                checked(limit),
                () -> waste.search(q, limit).stream().map(WasteEntry::of).toList());
    }

    @GetMapping("/waste/{code}")
    @Operation(summary = "One List-of-Waste code: '150103', '15 01 03' or '16 01 04*'")
    WasteEntry wasteCode(@PathVariable String code) {
        return waste.find(code)
                .map(WasteEntry::of)
                .orElseThrow(() -> notFound("problem.detail.unknownWasteCode", code));
    }

    @GetMapping("/naf")
    @Operation(summary = "Search NAF rév. 2 (all levels)")
    List<NafEntry> naf(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return cache.answer(
                "naf",
                q,
                checked(limit),
                () -> naf.search(q, limit).stream().map(NafEntry::of).toList());
    }

    @GetMapping("/naf/{code}")
    @Operation(summary = "One NAF rév. 2 code: '10.71C', '1071C' or the NACE class '10.71'")
    NafEntry nafCode(@PathVariable String code) {
        return naf.find(code).map(NafEntry::of).orElseThrow(() -> notFound("problem.detail.unknownNafCode", code));
    }

    @GetMapping("/communes")
    @Operation(summary = "Search the communes of Provence-Alpes-Côte d'Azur by name, INSEE code or postcode")
    List<CommuneEntry> communes(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return cache.answer(
                "communes",
                q,
                checked(limit),
                () -> communes.search(q, limit).stream().map(CommuneEntry::of).toList());
    }

    /** Every commune as a point, for maps: the region's shape stays visible without map tiles. */
    @GetMapping("/communes/points")
    @Operation(summary = "Centroids of all communes: [[latitude, longitude, INSEE code, name], ...]")
    List<List<Object>> communePoints() {
        return communes.listAll().stream()
                .map(c -> List.<Object>of(c.latitude(), c.longitude(), c.inseeCode(), c.name()))
                .toList();
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException(
                    "limit", "problem.parameter.range", 1, MAX_LIMIT, String.valueOf(limit));
        }
        return limit;
    }

    private static RefusedRequestException notFound(String messageCode, String code) {
        return new RefusedRequestException(HttpStatus.NOT_FOUND, messageCode, code);
    }
}
