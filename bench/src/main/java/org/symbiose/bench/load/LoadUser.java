package org.symbiose.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated person looping over a weighted mix of what people do on Symbiose: visitors read the
 * home page, sheets and PDFs and call the public API; a facilitator lists their companies (API with
 * HTTP Basic, and the page after a form login) and now and then saves a section of their sheet.
 * Each user keeps its own session cookie, so form logins and CSRF tokens are real.
 */
final class LoadUser implements Runnable {

    /** What the mix is made of, with its weight out of the sum of weights. */
    enum Action {
        HOME(20),
        SHEET(22),
        SHEET_PDF(3),
        COMPENDIUM_PDF(0.3),
        API_LIST(10),
        API_ONE(10),
        NOMENCLATURE(16),
        API_COMPANIES(8),
        COMPANIES_PAGE(6),
        SHEET_EDIT(1);

        final double weight;

        Action(double weight) {
            this.weight = weight;
        }
    }

    private static final String[] WORDS = {
        "palette", "bois", "carton", "huile", "boues", "verre", "plastique", "solvant", "métaux", "déchets",
        "boulangerie", "chimie", "transport", "béton", "marseille", "toulon", "avignon", "fos", "aix", "gap"
    };
    private static final String[] CATALOGUES = {"waste", "naf", "communes"};
    private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea[^>]*name=\"(\\w+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    private final HttpClient http;
    private final LoadTarget target;
    private final LoadStats stats;
    private final Random random;
    private final long thinkMillis;
    private final long endNanos;
    private String session;

    LoadUser(HttpClient http, LoadTarget target, LoadStats stats, long seed, long thinkMillis, long endNanos) {
        this.http = http;
        this.target = target;
        this.stats = stats;
        this.random = new Random(seed);
        this.thinkMillis = thinkMillis;
        this.endNanos = endNanos;
    }

    @Override
    public void run() {
        while (System.nanoTime() < endNanos) {
            act(pick());
            if (thinkMillis > 0) {
                try {
                    // Exponential think time: people pause irregularly.
                    Thread.sleep((long) (-thinkMillis * Math.log(1 - random.nextDouble())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Action pick() {
        double total = 0;
        for (Action a : Action.values()) {
            total += a.weight;
        }
        double r = random.nextDouble() * total;
        for (Action a : Action.values()) {
            r -= a.weight;
            if (r < 0) {
                return a;
            }
        }
        return Action.HOME;
    }

    private void act(Action action) {
        String slug = target.slugs().get(random.nextInt(target.slugs().size()));
        long id = target.ids().get(random.nextInt(target.ids().size()));
        switch (action) {
            case HOME -> get("home", "/", null, 200);
            case SHEET -> get("sheet", "/initiatives/" + slug, null, 200);
            case SHEET_PDF -> get("sheet.pdf", "/initiatives/" + slug + "/sheet.pdf", null, 200);
            case COMPENDIUM_PDF -> get("compendium.pdf", "/compendium.pdf", null, 200);
            case API_LIST -> get("api.list", "/api/v1/initiatives", null, 200);
            case API_ONE -> get("api.one", "/api/v1/initiatives/" + id, null, 200);
            case NOMENCLATURE -> nomenclature();
            case API_COMPANIES ->
                get(
                        "api.companies",
                        "/api/v1/initiatives/" + target.facilitatorInitiativeId() + "/companies",
                        "Basic " + basic(),
                        200);
            case COMPANIES_PAGE -> {
                if (loggedIn()) {
                    get("companies.page", "/companies", "session", 200);
                }
            }
            case SHEET_EDIT -> {
                if (loggedIn()) {
                    editSheet();
                }
            }
        }
    }

    private void nomenclature() {
        String word = WORDS[random.nextInt(WORDS.length)];
        // Search as you type: a prefix of at least two letters, as the company form asks.
        String typed = word.substring(0, 2 + random.nextInt(word.length() - 1));
        String catalogue = CATALOGUES[random.nextInt(CATALOGUES.length)];
        get("nomenclature", "/api/v1/nomenclatures/" + catalogue + "?q=" + encode(typed), null, 200);
    }

    private String basic() {
        String credentials = target.facilitator() + ":" + target.password();
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Logs in through the form once per user; false (and an error recorded) when that fails. */
    private boolean loggedIn() {
        if (session == null) {
            session = FormLogin.session(http, target, stats);
        }
        return session != null;
    }

    /** Loads the objectives section of the facilitator's sheet and saves it back, as a person would. */
    private void editSheet() {
        String path = "/initiatives/" + target.facilitatorSlug() + "/edit/objectives";
        HttpResponse<String> page =
                send("edit.form", request(path, "session").GET().build(), 200);
        if (page == null) {
            return;
        }
        Matcher csrf = FormLogin.CSRF.matcher(page.body());
        Matcher version = VERSION.matcher(page.body());
        if (!csrf.find() || !version.find()) {
            stats.record("edit.save", 0, "no-form", true);
            return;
        }
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", unescape(csrf.group(1)));
        fields.put("version", version.group(1));
        Matcher area = TEXTAREA.matcher(page.body());
        while (area.find()) {
            // Thymeleaf writes a newline after <textarea>; browsers drop it, so do we.
            fields.put(area.group(1), unescape(area.group(2)).replaceFirst("^\r?\n", ""));
        }
        // 302 is saved; 200 is the form shown again, here because another user saved in between.
        send("edit.save", post(path, form(fields)), 302, 200);
    }

    private HttpRequest post(String path, String form) {
        return request(path, "session")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private void get(String endpoint, String path, String auth, int expected) {
        send(endpoint, request(path, auth).GET().build(), expected);
    }

    private HttpRequest.Builder request(String path, String auth) {
        var builder = HttpRequest.newBuilder(URI.create(target.base() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "fr");
        if ("session".equals(auth)) {
            if (session != null) {
                builder.header("Cookie", "JSESSIONID=" + session);
            }
        } else if (auth != null) {
            builder.header("Authorization", auth);
        }
        return builder;
    }

    /** Sends, records latency and outcome; the response when its status is one of those expected. */
    private HttpResponse<String> send(String endpoint, HttpRequest request, int... expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1000;
            int status = response.statusCode();
            boolean ok = List.of(box(expected)).contains(status);
            stats.record(endpoint, micros, String.valueOf(status), !ok);
            if (status == 302
                    && response.headers().firstValue("Location").orElse("").contains("/login")) {
                session = null; // the session expired or the login failed: log in again next time
            }
            return ok ? response : null;
        } catch (HttpTimeoutException e) {
            stats.record(endpoint, (System.nanoTime() - start) / 1000, "timeout", true);
        } catch (IOException e) {
            stats.record(
                    endpoint,
                    (System.nanoTime() - start) / 1000,
                    "io:" + e.getClass().getSimpleName(),
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static String form(Map<String, String> fields) {
        var out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&")
                .append(encode(k))
                .append('=')
                .append(encode(v)));
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
