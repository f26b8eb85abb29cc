package org.symbiose.imports;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.RefusedRequestException;

/**
 * The imports page of an initiative: upload a dataset, follow its reading, read the preview, confirm;
 * download the templates and the initiative's data. Facilitators of the initiative only.
 */
@Controller
class ImportController {

    private final InitiativeRepository initiatives;
    private final AccessPolicy access;
    private final Imports imports;
    private final ImportJobs jobs;
    private final Exports exports;

    ImportController(
            InitiativeRepository initiatives, AccessPolicy access, Imports imports, ImportJobs jobs, Exports exports) {
        this.initiatives = initiatives;
        this.access = access;
        this.imports = imports;
        this.jobs = jobs;
        this.exports = exports;
    }

    private Initiative initiative(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireCompanies(initiative.id());
        return initiative;
    }

    @GetMapping("/initiatives/{slug}/imports")
    String page(@PathVariable String slug, Model model) {
        model.addAttribute("initiative", initiative(slug));
        return "imports/imports";
    }

    @PostMapping("/initiatives/{slug}/imports")
    String upload(@PathVariable String slug, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        Initiative initiative = initiative(slug);
        if (file == null || file.isEmpty()) {
            model.addAttribute("initiative", initiative);
            model.addAttribute("missingFile", true);
            return "imports/imports";
        }
        ImportJob job = imports.start(
                access.currentUser().getUsername(), initiative.id(), file.getOriginalFilename(), file.getInputStream());
        return "redirect:/initiatives/" + slug + "/imports/" + job.id();
    }

    @GetMapping("/initiatives/{slug}/imports/{jobId}")
    String job(@PathVariable String slug, @PathVariable String jobId, Model model, Locale locale) {
        Initiative initiative = initiative(slug);
        model.addAttribute("initiative", initiative);
        model.addAttribute("job", job(initiative, jobId));
        model.addAttribute("listed", ImportViews.LISTED);
        return "imports/imports";
    }

    @GetMapping("/initiatives/{slug}/imports/{jobId}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable String slug, @PathVariable String jobId) {
        ImportJob job = job(initiative(slug), jobId);
        return Map.of("state", job.state().name(), "stage", job.stage(), "done", job.done(), "total", job.total());
    }

    @PostMapping("/initiatives/{slug}/imports/{jobId}/confirm")
    String confirm(@PathVariable String slug, @PathVariable String jobId) {
        ImportJob job = job(initiative(slug), jobId);
        imports.startConfirm(job); // a second click finds it under way or written: the page says which
        return "redirect:/initiatives/" + slug + "/imports/" + job.id();
    }

    private ImportJob job(Initiative initiative, String jobId) {
        return jobs.find(jobId, access.currentUser().getUsername(), initiative.id())
                .orElseThrow(() -> new RefusedRequestException(HttpStatus.NOT_FOUND, "imports.unknownPreview", jobId));
    }

    @GetMapping("/initiatives/{slug}/imports/template.zip")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String slug) throws IOException {
        initiative(slug);
        return exports.csvTemplate();
    }

    @GetMapping("/initiatives/{slug}/imports/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable String slug) throws IOException {
        initiative(slug);
        return exports.xlsxTemplate();
    }

    @GetMapping("/initiatives/{slug}/export.zip")
    ResponseEntity<byte[]> exportZip(@PathVariable String slug) throws IOException {
        return exports.zip(initiative(slug).id(), slug);
    }

    @GetMapping("/initiatives/{slug}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable String slug) throws IOException {
        return exports.xlsx(initiative(slug).id(), slug);
    }

    @GetMapping("/initiatives/{slug}/sites.geojson")
    ResponseEntity<byte[]> exportSites(@PathVariable String slug) {
        return exports.sites(initiative(slug).id(), slug);
    }
}
