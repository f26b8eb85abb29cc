package org.symbiose.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/** PDF reports through the API: a sheet by initiative id, and the compendium. */
@RestController
@Tag(name = "Reports", description = "Experience sheets and the regional compendium as PDF")
class ReportApiController {

    private final InitiativeRepository initiatives;
    private final ReportService reports;

    ReportApiController(InitiativeRepository initiatives, ReportService reports) {
        this.initiatives = initiatives;
        this.reports = reports;
    }

    @GetMapping(value = "/api/v1/initiatives/{id}/sheet.pdf", produces = "application/pdf")
    @Operation(summary = "Experience sheet of one initiative as PDF")
    ResponseEntity<byte[]> sheet(@PathVariable long id, Locale locale) {
        String slug = initiatives.getById(InitiativeId.fromPath(id)).slug();
        return SheetController.pdf(reports.sheetPdf(slug, locale), "fiche-" + slug + ".pdf");
    }

    @GetMapping(value = "/api/v1/network/compendium.pdf", produces = "application/pdf")
    @Operation(summary = "The regional compendium: cover, table of contents, one sheet per initiative")
    ResponseEntity<byte[]> compendium(Locale locale) {
        return SheetController.pdf(reports.compendiumPdf(locale), "recueil.pdf");
    }
}
