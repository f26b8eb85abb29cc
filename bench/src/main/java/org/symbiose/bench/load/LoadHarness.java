package org.symbiose.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted HTTP load on a running Symbiose: N users, each a thread looping over a realistic mix
 * ({@link LoadUser}), for a fixed duration. Prints per-endpoint counts, outcomes, latency percentiles
 * and throughput, and the server's used heap sampled with {@code jcmd <pid> GC.heap_info} when given
 * the server's process id (the application exposes no metrics endpoint, and needs none for this).
 *
 * <pre>
 * java -cp bench/target/symbiose-bench.jar org.symbiose.bench.load.LoadHarness \
 *     --base http://localhost:8091 --users 200 --duration 120 --seed 1 [--think-ms 0] [--pid 12345]
 * </pre>
 *
 * Exit code 0 when no request failed, 1 otherwise, 2 on bad arguments.
 */
public final class LoadHarness {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private LoadHarness() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.readOrExit(
                args,
                List.of("users", "duration", "seed", "think-ms", "heap-every", "live-every"),
                List.of("pid"),
                "LoadHarness --base URL --users N --duration SECONDS --seed N"
                        + " [--think-ms MS] [--pid SERVER_PID] [--heap-every SECONDS] [--live-every SECONDS]"
                        + " [--facilitator animation.adeto] [--password demo] [--initiative adeto]");
        String base = options.base();
        int users = options.count("users", 8);
        int seconds = options.count("duration", 120);
        long seed = options.number("seed", 1);
        long think = options.number("think-ms", 0);
        String pid = options.textOrNull("pid");
        int heapEvery = options.count("heap-every", 10);
        int liveEvery = options.count("live-every", 60);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        LoadTarget target = options.target(http);
        System.out.printf(
                "load: %s, %d users, %d s, seed %d, think %d ms, %d published initiatives%n",
                base, users, seconds, seed, think, target.slugs().size());

        var stats = new LoadStats();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < users; i++) {
            var user = new LoadUser(http, target, stats, seed * 1_000_003L + i, think, end);
            Thread thread = new Thread(user, "user-" + i);
            threads.add(thread);
            thread.start();
        }
        List<String> heap = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = null;
        if (pid != null) {
            sampler = new Thread(() -> {
                long lastLive = System.nanoTime();
                heap.add(sample(pid, start, true));
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    sleep(heapEvery * 1000L);
                    boolean live = liveEvery > 0 && System.nanoTime() - lastLive >= liveEvery * 1_000_000_000L;
                    if (live) {
                        lastLive = System.nanoTime();
                    }
                    heap.add(sample(pid, start, live));
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }
        for (Thread thread : threads) {
            // Users stop at the end of the duration; one stuck in a request gives up at its 60 s timeout.
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sampler != null) {
            sampler.interrupt();
            heap.add(sample(pid, start, true));
        }
        System.out.println(stats.report(elapsed));
        System.out.printf("elapsed %.1f s, %d requests, %d errors%n", elapsed, stats.total(), stats.errors());
        if (!heap.isEmpty()) {
            System.out.println("server heap used (jcmd GC.heap_info):");
            synchronized (heap) {
                List.copyOf(heap).forEach(line -> System.out.println("  " + line));
            }
        }
        System.exit(stats.errors() == 0 ? 0 : 1);
    }

    /**
     * One line of the heap series: the used heap now, or with {@code live} after a full collection
     * ({@code jcmd GC.run}), which is what stays: a leak shows as live sizes that keep rising.
     */
    static String sample(String pid, long start, boolean live) {
        if (live) {
            jcmd(pid, "GC.run");
        }
        String out = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(out);
        double mb = m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
        return String.format(
                "%4ds %7.1f MB%s",
                (System.nanoTime() - start) / 1_000_000_000L, mb, live ? "  live (after full GC)" : "");
    }

    /** The output of a jcmd command on the server, empty when jcmd could not run. */
    static String jcmd(String pid, String command) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", pid, command)
                    .redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = jcmd.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            jcmd.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
