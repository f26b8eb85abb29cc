package org.symbiose.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14, item 7: the facilitator's pages of an initiative of 500 companies and 5,000 flows, timed
 * at the 95th percentile. Brings the facilitator's initiative to that size through the import API (a
 * generated dataset, {@link LargeInitiative}; nothing is imported when it is already that big), then
 * lets a few logged-in facilitators ask for the pages in turn for a while, and prints per page the
 * count and p50/p95/p99 latency.
 *
 * <p>The pages are a parameter ({@code --pages}, comma separated) so that pages built later are
 * measured without a change here; {@code {slug}}, {@code {id}} (the initiative's) and {@code {company}}
 * (a company of the initiative holding flows) are replaced.
 *
 * <pre>
 * java -cp bench/target/symbiose-bench.jar org.symbiose.bench.load.PageBenchmark \
 *     --base http://localhost:8091 --companies 500 --flows 5000 --users 4 --duration 120 \
 *     [--pages /companies,/companies/{company}] [--facilitator animation.adeto --password demo --initiative adeto]
 * </pre>
 *
 * Exit code 0 when every request answered 200, 1 otherwise, 2 on bad arguments.
 */
public final class PageBenchmark {

    /** The facilitator's pages of an initiative that exist today (issue 14 adds synergies, map, metabolism, dashboard). */
    static final String DEFAULT_PAGES = "/companies?initiative={slug},/companies/{company},/companies/{company}/flows,"
            + "/initiatives/{slug}/opportunities,/initiatives/{slug}";

    private static final Pattern COMPANY =
            Pattern.compile("\\{\"id\":(\\d+),\"externalId\":(?:null|\"[^\"]*\"),\"name\"");
    private static final Pattern FLOW = Pattern.compile("\"direction\":\"");

    private PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.readOrExit(
                args,
                List.of("companies", "flows", "users", "duration", "warmup", "seed"),
                List.of("pages"),
                "PageBenchmark --base URL [--companies 500] [--flows 5000] [--users 4]"
                        + " [--duration SECONDS] [--warmup SECONDS] [--seed N] [--pages P1,P2,...]"
                        + " [--facilitator animation.adeto] [--password demo] [--initiative adeto]");
        String base = options.base();
        int companies = options.count("companies", 500);
        int flows = options.count("flows", 5000);
        int users = options.count("users", 4);
        int seconds = options.count("duration", 120);
        int warmup = options.count("warmup", 20);
        long seed = options.number("seed", 1);
        List<String> pages = Arrays.stream(options.text("pages", DEFAULT_PAGES).split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        LoadTarget target = options.target(http);

        String companiesJson = companies(http, target);
        int haveCompanies = count(COMPANY, companiesJson);
        int haveFlows = count(FLOW, companiesJson);
        if (haveCompanies < companies || haveFlows < flows) {
            long start = System.nanoTime();
            byte[] zip =
                    LargeInitiative.zip(Math.max(1, companies - haveCompanies), Math.max(0, flows - haveFlows), seed);
            importConfirmed(http, target, zip);
            System.out.printf(
                    "imported %d companies and %d flows in %.1f s%n",
                    companies - haveCompanies, flows - haveFlows, (System.nanoTime() - start) / 1e9);
            companiesJson = companies(http, target);
        }
        String company = busiestCompany(companiesJson);
        System.out.printf(
                "pages: %s, initiative %s (%d companies, %d flows), company %s, %d users, %d s%n",
                base,
                target.facilitatorSlug(),
                count(COMPANY, companiesJson),
                count(FLOW, companiesJson),
                company,
                users,
                seconds);
        List<String> paths = pages.stream()
                .map(p -> p.replace("{slug}", target.facilitatorSlug())
                        .replace("{id}", Long.toString(target.facilitatorInitiativeId()))
                        .replace("{company}", company))
                .toList();
        run(http, target, paths, users, warmup, new LoadStats());
        var stats = new LoadStats();
        double elapsed = run(http, target, paths, users, seconds, stats);
        System.out.println(stats.report(elapsed));
        System.out.printf("elapsed %.1f s, %d requests, %d errors%n", elapsed, stats.total(), stats.errors());
        System.exit(stats.errors() == 0 ? 0 : 1);
    }

    /** Users log in and ask for the pages in turn, each starting at a different one, until the time is up. */
    private static double run(
            HttpClient http, LoadTarget target, List<String> paths, int users, int seconds, LoadStats stats)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        var threads = new ArrayList<Thread>();
        for (int u = 0; u < users; u++) {
            int first = u;
            var thread = new Thread(
                    () -> {
                        String session = FormLogin.session(http, target, stats);
                        for (int i = first; session != null && System.nanoTime() < end; i++) {
                            get(http, target, paths.get(i % paths.size()), session, stats);
                        }
                    },
                    "facilitator-" + u);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void get(HttpClient http, LoadTarget target, String path, String session, LoadStats stats) {
        var request = HttpRequest.newBuilder(URI.create(target.base() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "fr")
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build();
        long start = System.nanoTime();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            stats.record(path, (System.nanoTime() - start) / 1000, String.valueOf(status), status != 200);
        } catch (IOException e) {
            stats.record(
                    path,
                    (System.nanoTime() - start) / 1000,
                    "io:" + e.getClass().getSimpleName(),
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String companies(HttpClient http, LoadTarget target) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(target.base() + "/api/v1/initiatives/"
                                + target.facilitatorInitiativeId() + "/companies"))
                        .header("Authorization", basic(target))
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the companies of the initiative answered " + response.statusCode());
        }
        return response.body();
    }

    /** The company with the most flows: its file and flow grid are the heaviest a facilitator opens. */
    static String busiestCompany(String companiesJson) {
        Matcher m = COMPANY.matcher(companiesJson);
        String best = null;
        int bestFlows = -1;
        int from = -1;
        String current = null;
        while (m.find()) {
            if (current != null) {
                int n = count(FLOW, companiesJson.substring(from, m.start()));
                if (n > bestFlows) {
                    best = current;
                    bestFlows = n;
                }
            }
            current = m.group(1);
            from = m.end();
        }
        if (current != null && count(FLOW, companiesJson.substring(from)) > bestFlows) {
            best = current;
        }
        if (best == null) {
            throw new IllegalStateException("the initiative has no company");
        }
        return best;
    }

    /** Uploads the zip to the import API with confirm=true: applied at once, or an error naming why not. */
    private static void importConfirmed(HttpClient http, LoadTarget target, byte[] zip)
            throws IOException, InterruptedException {
        String boundary = "symbiose-bench-" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(zip);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(target.base() + "/api/v1/initiatives/"
                                + target.facilitatorInitiativeId() + "/imports?confirm=true"))
                        .header("Authorization", basic(target))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"applied\"")) {
            throw new IllegalStateException("the import answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String basic(LoadTarget target) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (target.facilitator() + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
