package org.symbiose.durability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * What a person does in a browser to save a line of an experience sheet: log in through the form
 * (with its CSRF token), open the section's edit form, add a line to "le + de la démarche" and
 * save. The save counts as acknowledged only when the server answers as it does to a successful save:
 * a redirect to the sheet's section.
 */
final class SheetEditor {

    private final Function<String, URI> server;
    private final String slug;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * @param server turns a path into the server's address
     * @param slug the initiative whose sheet is edited
     */
    SheetEditor(Function<String, URI> server, String slug) {
        this.server = server;
        this.slug = slug;
    }

    /** Logs in through the login form; fails unless the server accepts the credentials. */
    SheetEditor logIn(String username, String password) {
        Document login =
                Jsoup.parse(send(get("/login")).body(), server.apply("/login").toString());
        String token = login.selectFirst("input[name=_csrf]").val();
        HttpResponse<String> answer = send(post(
                "/login",
                List.of(new Field("username", username), new Field("password", password), new Field("_csrf", token))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "login of " + username + " refused: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /**
     * Adds one line to the highlights of the sheet and saves it.
     *
     * @return whether the server acknowledged the save (redirect to the sheet's objectives)
     */
    boolean addHighlight(String line) {
        String path = "/initiatives/" + slug + "/edit/objectives";
        Document page = Jsoup.parse(send(get(path)).body(), server.apply(path).toString());
        FormElement form = (FormElement) page.selectFirst("form[method=post]:has(textarea[name=highlights])");
        if (form == null) {
            throw new IllegalStateException("no objectives form at " + path + ":\n" + page.text());
        }
        List<Field> fields = form.formData().stream()
                .map(field -> field.key().equals("highlights")
                        ? new Field("highlights", field.value() + "\n" + line)
                        : new Field(field.key(), field.value()))
                .toList();
        HttpResponse<String> answer = send(post(path, fields));
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").endsWith("/initiatives/" + slug + "#objectives");
    }

    /** The lines of "le + de la démarche" as the public sheet shows them. */
    List<String> highlights() {
        String path = "/initiatives/" + slug;
        HttpResponse<String> answer = send(get(path));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        Element section = Jsoup.parse(answer.body()).selectFirst("section#objectives");
        return section.select("div.highlight > ul > li").eachText();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.apply(path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private HttpRequest post(String path, List<Field> fields) {
        String body = fields.stream()
                .map(field -> encode(field.name()) + "=" + encode(field.value()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(server.apply(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Field(String name, String value) {}
}
