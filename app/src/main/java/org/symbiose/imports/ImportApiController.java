package org.symbiose.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.InvalidParameterException;
import org.symbiose.web.Problem;
import org.symbiose.web.RefusedRequestException;

/**
 * Imports through the API (docs/formats/import-api.md): a dataset uploaded is answered with a preview
 * held for its confirmation, or applied at once with {@code confirm=true}; a file with errors is answered
 * 422 with every error located. Facilitators of the initiative only.
 */
@RestController
@Tag(name = "Imports", description = "Import an exchange-format dataset into an initiative (facilitators only)")
class ImportApiController {

    private final InitiativeRepository initiatives;
    private final AccessPolicy access;
    private final Imports imports;
    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportApiController(
            InitiativeRepository initiatives,
            AccessPolicy access,
            Imports imports,
            ImportJobs jobs,
            MessageSource messages) {
        this.initiatives = initiatives;
        this.access = access;
        this.imports = imports;
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/initiatives/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Preview the import of a dataset (.zip or .xlsx in the part 'file'), or apply it with confirm=true")
    ResponseEntity<?> upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean confirm,
            Locale locale,
            HttpServletRequest request)
            throws IOException {
        InitiativeId initiative = initiatives.getById(InitiativeId.fromPath(id)).id();
        access.requireCompanies(initiative);
        if (file == null || file.isEmpty()) {
            throw new InvalidParameterException("file", "imports.api.fileMissing");
        }
        ImportJob job = imports.preview(
                access.currentUser().getUsername(), initiative, file.getOriginalFilename(), file.getInputStream());
        if (confirm && job.state() == ImportJob.State.READY) {
            imports.confirm(job);
        }
        return answer(job, locale, request);
    }

    @PostMapping("/api/v1/initiatives/{id}/imports/{previewId}")
    @Operation(summary = "Confirm a preview: apply it in one transaction (409 if the initiative's data changed)")
    ResponseEntity<?> confirm(
            @PathVariable long id, @PathVariable String previewId, Locale locale, HttpServletRequest request) {
        InitiativeId initiative = initiatives.getById(InitiativeId.fromPath(id)).id();
        access.requireCompanies(initiative);
        ImportJob job = jobs.find(previewId, access.currentUser().getUsername(), initiative)
                .orElseThrow(
                        () -> new RefusedRequestException(HttpStatus.NOT_FOUND, "imports.unknownPreview", previewId));
        if (!imports.confirm(job) && job.state() != ImportJob.State.APPLIED) {
            throw new RefusedRequestException(HttpStatus.NOT_FOUND, "imports.unknownPreview", previewId);
        }
        return answer(job, locale, request);
    }

    private ResponseEntity<?> answer(ImportJob job, Locale locale, HttpServletRequest request) {
        return switch (job.state()) {
            case READY -> ResponseEntity.ok(ImportViews.Preview.of(job, locale));
            case APPLIED -> ResponseEntity.ok(ImportViews.Summary.of(job));
            case INVALID -> invalid(job, locale, request);
            case CONFLICT -> throw new ImportConflictException();
            default -> throw new IllegalStateException("import " + job.id() + " ended " + job.state());
        };
    }

    private ResponseEntity<ImportViews.InvalidDataset> invalid(
            ImportJob job, Locale locale, HttpServletRequest request) {
        var body = new ImportViews.InvalidDataset(
                "urn:symbiose:problem:invalid-dataset",
                messages.getMessage("imports.problem.title", null, locale),
                422,
                messages.getMessage(
                        "imports.problem.detail",
                        new Object[] {job.fileName(), job.errors().size()},
                        locale),
                request.getRequestURI(),
                job.errors().stream()
                        .map(e -> ImportViews.FileError.of(e, locale, messages))
                        .toList());
        return ResponseEntity.status(422)
                .contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .header("Content-Language", locale.getLanguage())
                .body(body);
    }
}
