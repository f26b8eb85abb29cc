package org.symbiose.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The requests of the randomised probe: path variables valid, another tenant's, missing, non-positive,
 * overflowing or malformed; parameters and form fields of every kind; stale versions only, so that no
 * edit is ever saved; languages, media types and CSRF tokens now and then.
 */
final class ProbeRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");
    /** A remote address of its own, so that no throttling of failed logins spills over to other tests. */
    private static final String ADDRESS = "192.0.2.77";

    private final Random random;
    /** Valid values by kind ("initiative", "company", "slug"...), filled once the data is prepared. */
    private final Map<String, List<String>> pools;
    /** Authenticates a request as a demo account. */
    private final Function<String, RequestPostProcessor> as;

    ProbeRequests(Random random, Map<String, List<String>> pools, Function<String, RequestPostProcessor> as) {
        this.random = random;
        this.pools = pools;
        this.as = as;
    }

    String uri(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        var uri = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(uri, Matcher.quoteReplacement(value(pattern, variable.group(1))));
        }
        variable.appendTail(uri);
        return uri.toString();
    }

    /** A path variable: valid, another tenant's, missing, non-positive, overflowing or malformed. */
    String value(String pattern, String variable) {
        String kind = switch (variable) {
            case "id" -> pattern.startsWith("/companies") ? "company" : "initiative";
            case "slug" -> "slug";
            case "section" -> "section";
            case "code" -> "code";
            default -> "any";
        };
        List<String> valid = pools.getOrDefault(kind, List.of());
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> valid.isEmpty() ? "1" : valid.get(random.nextInt(valid.size()));
            case 4 -> pick("0", "-1", "-9223372036854775808");
            case 5 -> pick("99999999999999999999", "9223372036854775808", "999999", "2147483648");
            case 6 -> pick("abc", "1.5", "1e3", "0x10", "%20", "%EF%BC%91", "+1", "1,2", "null", "NaN");
            case 7 ->
                pick("nope", "ADETO", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a".repeat(300), "..", "%2e%2e", "x%00y");
            case 8 ->
                pick(
                        "identity",
                        "key-figures",
                        "budget",
                        "150103",
                        "15%2001%2003",
                        "16%2001%2004*",
                        "10.71C",
                        "99.99Z");
            default ->
                pick(
                        pools.get("initiative").get(0),
                        pools.get("company").get(0),
                        pools.get("slug").get(0));
        };
    }

    MockHttpServletRequestBuilder build(ProbeEndpoints.Endpoint endpoint, String role, String uri) {
        HttpMethod method = endpoint.method();
        if (method == HttpMethod.GET && random.nextInt(25) == 0) {
            method = HttpMethod.valueOf(pick("PUT", "DELETE", "PATCH", "POST", "HEAD", "OPTIONS"));
        }
        MockHttpServletRequestBuilder request = request(method, java.net.URI.create(uri))
                .with(r -> {
                    r.setRemoteAddr(ADDRESS);
                    return r;
                });
        endpoint.parameters().forEach((name, type) -> {
            // The version a form was loaded at: only stale ones below, so that no edit is ever saved.
            if (!name.equals("version") && (endpoint.required().contains(name) || random.nextInt(10) < 7)) {
                request.param(name, parameter(type));
            }
        });
        for (String name : endpoint.required()) {
            if (!endpoint.parameters().containsKey(name)) {
                request.param(name, junk());
            }
        }
        if (method != HttpMethod.GET) {
            if (random.nextInt(10) != 0) {
                request.with(csrf());
            }
            request.param("version", pick("-1", "abc", "999999", "", "99999999999"));
            for (String field : endpoint.fields()) {
                if (random.nextInt(3) != 0) {
                    request.param(
                            field.replace(
                                    "#", pick("0", "1", "2", "8", "9", "100", "255", "256", "257", "-1", "abc", "")),
                            junk());
                }
            }
        }
        if (random.nextInt(5) == 0) {
            request.param("lang", pick("en", "fr", "de", ""));
        }
        if (random.nextInt(3) == 0) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, pick("en", "fr", "de", "en-US,en;q=0.9", "xx;q=abc", "*"));
        }
        if (random.nextInt(10) == 0) {
            request.header(
                    HttpHeaders.ACCEPT,
                    pick(
                            "application/xml",
                            "text/csv",
                            "*/*",
                            "application/json",
                            "text/html",
                            "application/problem+json"));
        }
        if (!role.equals("anonymous")) {
            request.with(as.apply(role));
        }
        return request;
    }

    String parameter(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return pick("5", "1", "0", "-1", "10", "100", "101", "abc", "", "99999999999", "1.5");
        }
        if (type == double.class || type == Double.class) {
            return pick("12.5", "0", "-3", "NaN", "Infinity", "x", "", "1e308");
        }
        if (type == boolean.class || type == Boolean.class) {
            return pick("true", "false", "maybe", "", "1");
        }
        return pick(
                "bois",
                "palette",
                "",
                "<script>alert(1)</script>",
                "éé",
                "x".repeat(2000),
                "adeto",
                "piicto",
                "%",
                "15 01",
                "10.71",
                "Mar");
    }

    String junk() {
        return pick(
                "", "x", "-1", "abc", "<b>x</b>", "1 234,5", "9".repeat(40), "y".repeat(5000), "2015", "EVERYTHING");
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
