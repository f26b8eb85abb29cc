package org.symbiose.imports;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.symbiose.ids.InitiativeId;
import org.symbiose.web.RefusedRequestException;

/**
 * The imports under way, held in memory between an upload and its confirmation (docs/decisions/0017): at
 * most one per account (a new upload replaces the previous one), at most {@link #MAX_JOBS} in all (the one
 * looked at longest ago makes room for a new one; uploads are refused only while every job is reading or
 * writing), each forgotten {@link #EXPIRY} after it was last looked at. A preview of 100,000 flows holds some 50 MB;
 * the bounds keep the whole below a few hundred.
 */
@Component
public class ImportJobs {

    static final Duration EXPIRY = Duration.ofMinutes(30);
    static final int MAX_JOBS = 8;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /**
     * A new import of {@code owner}'s, replacing any earlier one of theirs that is not being written.
     *
     * @throws RefusedRequestException 503 when {@link #MAX_JOBS} imports of others are under way
     */
    synchronized ImportJob create(String owner, InitiativeId initiativeId, String fileName) {
        Instant now = clock.instant();
        jobs.values()
                .removeIf(job -> (job.owner().equals(owner) && job.state() != ImportJob.State.APPLYING)
                        || (!job.state().working() && job.touched().plus(EXPIRY).isBefore(now)));
        if (jobs.size() >= MAX_JOBS) {
            // The preview looked at longest ago makes room; only when every job is at work is the upload refused.
            jobs.values().stream()
                    .filter(job -> !job.state().working())
                    .min(java.util.Comparator.comparing(ImportJob::touched))
                    .ifPresent(job -> jobs.remove(job.id()));
        }
        if (jobs.size() >= MAX_JOBS) {
            throw new RefusedRequestException(HttpStatus.SERVICE_UNAVAILABLE, "imports.busy");
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        var job = new ImportJob(HexFormat.of().formatHex(bytes), owner, initiativeId, fileName, now);
        jobs.put(job.id(), job);
        return job;
    }

    /** The import of that id, if it is {@code owner}'s, of that initiative and not expired. */
    Optional<ImportJob> find(String id, String owner, InitiativeId initiativeId) {
        ImportJob job = jobs.get(id);
        Instant now = clock.instant();
        if (job == null
                || !job.owner().equals(owner)
                || !job.initiativeId().equals(initiativeId)
                || (!job.state().working() && job.touched().plus(EXPIRY).isBefore(now))) {
            return Optional.empty();
        }
        job.touch(now);
        return Optional.of(job);
    }

    /** Forgets an import whose upload failed before it could be read. */
    void forget(ImportJob job) {
        jobs.remove(job.id());
    }
}
