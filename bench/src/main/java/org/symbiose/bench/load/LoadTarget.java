package org.symbiose.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server under load and what the mix needs to know of it, read once from the public API: the
 * published initiatives, and the facilitator's own initiative (ADETO for the demo's
 * {@code animation.adeto}).
 */
record LoadTarget(
        String base,
        List<String> slugs,
        List<Long> ids,
        String facilitator,
        String password,
        String facilitatorSlug,
        long facilitatorInitiativeId) {

    private static final Pattern SUMMARY = Pattern.compile("\"id\":(\\d+),\"slug\":\"([^\"]+)\"");

    LoadTarget {
        slugs = List.copyOf(slugs);
        ids = List.copyOf(ids);
        if (slugs.isEmpty()) {
            throw new IllegalArgumentException("no published initiative at " + base + ": is it the demo data?");
        }
    }

    static LoadTarget discover(HttpClient http, String base, String facilitator, String password, String slug)
            throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/initiatives")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(base + "/api/v1/initiatives answered " + response.statusCode());
        }
        var slugs = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        long facilitatorId = -1;
        var m = SUMMARY.matcher(response.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
            slugs.add(m.group(2));
            if (m.group(2).equals(slug)) {
                facilitatorId = Long.parseLong(m.group(1));
            }
        }
        if (facilitatorId < 0) {
            throw new IllegalStateException("initiative '" + slug + "' is not among the published ones: " + slugs);
        }
        return new LoadTarget(base, slugs, ids, facilitator, password, slug, facilitatorId);
    }
}
