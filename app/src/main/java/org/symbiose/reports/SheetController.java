package org.symbiose.reports;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.symbiose.accounts.AccessPolicy;

/** The experience sheet on screen and as PDF, and the compendium PDF. */
@Controller
class SheetController {

    private final ExperienceSheetService sheets;
    private final ReportService reports;
    private final AccessPolicy access;

    SheetController(ExperienceSheetService sheets, ReportService reports, AccessPolicy access) {
        this.sheets = sheets;
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/initiatives/{slug}")
    String sheet(@PathVariable String slug, Model model) {
        ExperienceSheet sheet = sheets.getBySlug(slug);
        model.addAttribute("sheet", sheet);
        model.addAttribute("canEdit", access.canEdit(sheet.initiative().id()));
        model.addAttribute(
                "canSeeCompanies", access.canSeeCompanies(sheet.initiative().id()));
        return "reports/sheet";
    }

    @GetMapping("/initiatives/{slug}/sheet.pdf")
    ResponseEntity<byte[]> sheetPdf(@PathVariable String slug, Locale locale) {
        return pdf(reports.sheetPdf(slug, locale), "fiche-" + slug + ".pdf");
    }

    @GetMapping("/compendium.pdf")
    ResponseEntity<byte[]> compendium(Locale locale) {
        return pdf(reports.compendiumPdf(locale), "recueil.pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }
}
