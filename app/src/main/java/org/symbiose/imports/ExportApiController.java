package org.symbiose.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/** An initiative's companies and flows in the exchange format, and its sites in GeoJSON: facilitators only. */
@RestController
@Tag(name = "Exports", description = "An initiative's data as files (facilitators only)")
class ExportApiController {

    private final InitiativeRepository initiatives;
    private final Exports exports;

    ExportApiController(InitiativeRepository initiatives, Exports exports) {
        this.initiatives = initiatives;
        this.exports = exports;
    }

    @GetMapping("/api/v1/initiatives/{id}/export.zip")
    @Operation(summary = "Companies and flows as a zip of actors.csv and flows.csv")
    ResponseEntity<byte[]> zip(@PathVariable long id) throws IOException {
        Initiative initiative = initiatives.getById(InitiativeId.fromPath(id));
        return exports.zip(initiative.id(), initiative.slug());
    }

    @GetMapping("/api/v1/initiatives/{id}/export.xlsx")
    @Operation(summary = "Companies and flows as an .xlsx with the sheets actors and flows")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
        Initiative initiative = initiatives.getById(InitiativeId.fromPath(id));
        return exports.xlsx(initiative.id(), initiative.slug());
    }

    @GetMapping("/api/v1/initiatives/{id}/sites.geojson")
    @Operation(summary = "Sites as a GeoJSON FeatureCollection of points")
    ResponseEntity<byte[]> sites(@PathVariable long id) {
        Initiative initiative = initiatives.getById(InitiativeId.fromPath(id));
        return exports.sites(initiative.id(), initiative.slug());
    }
}
