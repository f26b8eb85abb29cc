package org.symbiose.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login through the form, as a browser does it: the login page for its CSRF token and an anonymous
 * session, then the post, which answers 302 and a fresh session. Both requests are recorded as
 * {@code login}.
 */
final class FormLogin {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private FormLogin() {}

    /** The logged-in session's id, or null (and an error recorded) when the login failed. */
    static String session(HttpClient http, LoadTarget target, LoadStats stats) {
        HttpResponse<String> page = send(
                http,
                stats,
                HttpRequest.newBuilder(URI.create(target.base() + "/login")).GET(),
                200);
        if (page == null) {
            return null;
        }
        String anonymous = cookie(page);
        Matcher csrf = CSRF.matcher(page.body());
        if (anonymous == null || !csrf.find()) {
            stats.record("login", 0, "no-csrf", true);
            return null;
        }
        String form = "username=" + encode(target.facilitator()) + "&password=" + encode(target.password()) + "&_csrf="
                + encode(csrf.group(1).replace("&amp;", "&"));
        HttpResponse<String> answer = send(
                http,
                stats,
                HttpRequest.newBuilder(URI.create(target.base() + "/login"))
                        .header("Cookie", "JSESSIONID=" + anonymous)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                302);
        return answer == null ? null : cookie(answer);
    }

    private static HttpResponse<String> send(
            HttpClient http, LoadStats stats, HttpRequest.Builder request, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == expected;
            stats.record("login", (System.nanoTime() - start) / 1000, String.valueOf(response.statusCode()), !ok);
            return ok ? response : null;
        } catch (IOException e) {
            stats.record(
                    "login",
                    (System.nanoTime() - start) / 1000,
                    "io:" + e.getClass().getSimpleName(),
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
