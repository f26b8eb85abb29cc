package org.symbiose.opportunities;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.ids.InitiativeId;
import org.symbiose.web.RefusedRequestException;

/**
 * The engine's runs for the initiatives, one at a time on one background thread (the machine has two
 * cores; a page request never waits for a run), at most {@link #MAX_QUEUED} waiting: beyond, a new run is
 * refused with a 503 until one ends. One run per initiative at a time: asking again while it works
 * answers the run under way. The result of each initiative's last run is kept ({@link KeptResult}), for
 * at most {@link #MAX_KEPT} initiatives, the one read longest ago forgotten first (docs/decisions/0022).
 */
@Component
class MatchRuns {

    static final int MAX_QUEUED = 4;
    static final int MAX_KEPT = 16;
    private static final int MAX_REMEMBERED_RUNS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(MatchRuns.class);

    private final Matcher matcher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ThreadPoolExecutor background =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_QUEUED), task -> {
                Thread thread = new Thread(task, "matching");
                thread.setDaemon(true);
                return thread;
            });
    private final Map<InitiativeId, MatchRun> latest = new LinkedHashMap<>();
    private final Map<String, MatchRun> runs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MatchRun> eldest) {
            return size() > MAX_REMEMBERED_RUNS && !eldest.getValue().state().working();
        }
    };
    private final Map<InitiativeId, KeptResult> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InitiativeId, KeptResult> eldest) {
            return size() > MAX_KEPT;
        }
    };

    MatchRuns(Matcher matcher, Clock clock) {
        this.matcher = matcher;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Starts a run on data read by the caller (who was allowed to), or answers the initiative's run under way.
     *
     * @throws RefusedRequestException 503 when {@link #MAX_QUEUED} runs already wait
     */
    synchronized MatchRun start(
            InitiativeId initiativeId,
            String owner,
            Dataset dataset,
            Directory directory,
            long fingerprint,
            MatchOptions options) {
        MatchRun current = latest.get(initiativeId);
        if (current != null && current.state().working()) {
            return current;
        }
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        var run = new MatchRun(HexFormat.of().formatHex(bytes), initiativeId, owner, clock.instant());
        try {
            background.execute(() -> compute(run, dataset, directory, fingerprint, options));
        } catch (RejectedExecutionException e) {
            throw new RefusedRequestException(HttpStatus.SERVICE_UNAVAILABLE, "opportunities.busy");
        }
        latest.put(initiativeId, run);
        runs.put(run.id(), run);
        return run;
    }

    private void compute(MatchRun run, Dataset dataset, Directory directory, long fingerprint, MatchOptions options) {
        run.set(MatchRun.State.RUNNING);
        try {
            MatchOptions withProgress =
                    new MatchOptions(options.topK(), options.maxDistanceKm(), run, options.variety());
            keep(run.initiativeId(), run.id(), matcher.match(dataset, withProgress), directory, fingerprint, options);
            run.set(MatchRun.State.DONE);
        } catch (RuntimeException e) {
            LOG.error("Matching run {} of initiative {} failed", run.id(), run.initiativeId(), e);
            run.set(MatchRun.State.FAILED);
        }
    }

    /** Keeps a result as the initiative's latest, with the proposals read once (without their sentences' cost later). */
    KeptResult keep(
            InitiativeId initiativeId,
            String runId,
            MatchResult result,
            Directory directory,
            long fingerprint,
            MatchOptions options) {
        List<Opportunity> opportunities = new ArrayList<>(result.candidates().size());
        for (int i = 0; i < result.candidates().size(); i++) {
            opportunities.add(
                    Opportunity.of(i, result.candidate(i, org.symbiose.engine.matching.ReasonLanguages.FR), directory));
        }
        var keptResult = new KeptResult(
                runId,
                options.topK(),
                options.maxDistanceKm(),
                options.variety(),
                fingerprint,
                clock.instant(),
                result,
                directory,
                List.copyOf(opportunities));
        synchronized (this) {
            kept.put(initiativeId, keptResult);
        }
        return keptResult;
    }

    synchronized Optional<KeptResult> kept(InitiativeId initiativeId) {
        return Optional.ofNullable(kept.get(initiativeId));
    }

    /** The initiative's latest run, under way or ended. */
    synchronized Optional<MatchRun> latest(InitiativeId initiativeId) {
        return Optional.ofNullable(latest.get(initiativeId));
    }

    /** The run of that id, if it is the initiative's. */
    synchronized Optional<MatchRun> run(String id, InitiativeId initiativeId) {
        MatchRun run = runs.get(id);
        return run != null && run.initiativeId() == initiativeId ? Optional.of(run) : Optional.empty();
    }
}
