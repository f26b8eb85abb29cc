package org.symbiose.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.ids.InitiativeId;

/**
 * Runs imports: an upload is read and compared into a preview, which a confirmation writes. The API does
 * both in the request; the page hands them to one background thread and polls the job's progress, so
 * that a large file never holds a page request (nor two of them the two cores) for long.
 */
@Service
public class Imports {

    private static final Logger LOG = LoggerFactory.getLogger(Imports.class);

    private final DatasetImporter importer;
    private final ImportJobs jobs;
    private final AccountRepository accounts;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import");
        thread.setDaemon(true);
        return thread;
    });

    Imports(DatasetImporter importer, ImportJobs jobs, AccountRepository accounts) {
        this.importer = importer;
        this.jobs = jobs;
        this.accounts = accounts;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Reads an upload into a preview, in the caller's thread. */
    public ImportJob preview(String owner, InitiativeId initiative, String fileName, InputStream content)
            throws IOException {
        ImportJob job = jobs.create(owner, initiative, fileName);
        try (content) {
            UploadedDataset upload = copy(job, fileName, content);
            if (upload != null) {
                readAndPlan(job, upload);
            }
        } catch (IOException | RuntimeException e) {
            jobs.forget(job);
            throw e;
        }
        return job;
    }

    /** Copies an upload in the caller's thread (the request's temporary file goes with it), then reads it in the background. */
    public ImportJob start(String owner, InitiativeId initiative, String fileName, InputStream content)
            throws IOException {
        ImportJob job = jobs.create(owner, initiative, fileName);
        try (content) {
            UploadedDataset upload = copy(job, fileName, content);
            if (upload != null) {
                background.execute(() -> readAndPlan(job, upload));
            }
        } catch (IOException | RuntimeException e) {
            jobs.forget(job);
            throw e;
        }
        return job;
    }

    /** Writes a previewed import in the caller's thread; false when it was not waiting for confirmation. */
    public boolean confirm(ImportJob job) {
        if (!job.claim()) {
            return false;
        }
        apply(job);
        return true;
    }

    /** Writes a previewed import in the background; false when it was not waiting for confirmation. */
    public boolean startConfirm(ImportJob job) {
        if (!job.claim()) {
            return false;
        }
        background.execute(() -> apply(job));
        return true;
    }

    private static UploadedDataset copy(ImportJob job, String fileName, InputStream content) throws IOException {
        try {
            return UploadedDataset.copy(fileName, content);
        } catch (DatasetException e) {
            job.invalid(e.errors());
            return null;
        }
    }

    private void readAndPlan(ImportJob job, UploadedDataset upload) {
        try (upload) {
            Dataset dataset = upload.read(job);
            job.ready(importer.plan(job.initiativeId(), dataset, job));
        } catch (DatasetException e) {
            job.invalid(e.errors());
        } catch (IOException | RuntimeException e) {
            LOG.error("Import {} of {} could not be read", job.id(), upload.name(), e);
            job.end(ImportJob.State.FAILED);
        }
    }

    /** The account that imports, named in the histories as it is named now. */
    private ImportWriter.Author author(ImportJob job) {
        String name = accounts.findByUsername(job.owner())
                .map(SymbioseUser::displayName)
                .orElse(job.owner());
        return new ImportWriter.Author(job.owner(), name, job.fileName());
    }

    private void apply(ImportJob job) {
        try {
            job.applied(importer.apply(job.plan(), author(job), job));
        } catch (ImportConflictException e) {
            job.end(ImportJob.State.CONFLICT);
        } catch (RuntimeException e) {
            LOG.error("Import {} could not be written", job.id(), e);
            job.end(ImportJob.State.FAILED);
        }
    }
}
