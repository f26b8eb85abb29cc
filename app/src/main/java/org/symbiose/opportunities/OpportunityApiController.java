package org.symbiose.opportunities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.output.MatchJsonWriter;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.InvalidParameterException;

/** Synergy opportunities of an initiative, in the same JSON as {@code symbiose match}; facilitators only. */
@RestController
@Tag(name = "Opportunities", description = "Substitutions and mutualisations the engine proposes (facilitators only)")
class OpportunityApiController {

    /** More receivers per supply than anyone reads, and a bound on the answer's size. */
    static final int MAX_TOP = 100;

    private final InitiativeRepository initiatives;
    private final OpportunityService opportunities;

    OpportunityApiController(InitiativeRepository initiatives, OpportunityService opportunities) {
        this.initiatives = initiatives;
        this.opportunities = opportunities;
    }

    @GetMapping(value = "/api/v1/initiatives/{id}/opportunities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Proposed synergies for the initiative's companies, best first, with their reasons")
    ResponseEntity<String> opportunities(
            @PathVariable("id") long rawId,
            @Parameter(description = "best receivers kept per supply flow") @RequestParam(defaultValue = "5") int top,
            @Parameter(description = "overall distance limit in km")
                    @RequestParam(name = "max-distance-km", required = false)
                    Double maxDistanceKm,
            @Parameter(description = "give a supply's places to the best company of each activity first")
                    @RequestParam(defaultValue = "false")
                    boolean variety)
            throws IOException {
        InitiativeId id = InitiativeId.fromPath(rawId);
        initiatives.getById(id);
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidParameterException("top", "problem.parameter.range", 1, MAX_TOP, String.valueOf(top));
        }
        if (maxDistanceKm != null && !(maxDistanceKm > 0 && Double.isFinite(maxDistanceKm))) {
            throw new InvalidParameterException(
                    "max-distance-km", "problem.parameter.positive", String.valueOf(maxDistanceKm));
        }
        MatchOptions options = MatchOptions.defaults()
                .withTopK(top)
                .withMaxDistanceKm(maxDistanceKm)
                .withVariety(variety);
        var json = new StringWriter();
        MatchJsonWriter.write(opportunities.opportunities(id, options), json);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.toString());
    }
}
