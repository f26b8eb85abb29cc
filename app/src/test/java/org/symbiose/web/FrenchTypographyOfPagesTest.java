package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.symbiose.WebTestBase;

/**
 * French typography on every page a demo account reaches: the pages are crawled from the GET
 * mappings without path variables and a few demo addresses, following links, and their visible text
 * is read. A non-breaking space before : ; ? ! and inside « », never an ordinary space or none; plurals
 * written out, never "synergie(s)". URLs and times (10:30) are not sentences. What users typed (the
 * demo data, from the seed's documents) is theirs: a fault found as-is in the demo files is left alone.
 */
class FrenchTypographyOfPagesTest extends WebTestBase {

    static final List<String> ACCOUNTS = List.of("", "reseau", "animation.adeto", "animation.piicto", "membre.adeto");
    static final List<String> DEMO_PAGES = List.of(
            "/",
            "/initiatives/adeto",
            "/initiatives/piicto",
            "/initiatives/adeto/edit",
            "/my-company",
            "/companies",
            "/sources",
            "/login",
            "/typography-test-page-that-does-not-exist");
    /** Pages of one shape (digits replaced) read per account: a second company's file says nothing new. */
    static final int PER_SHAPE = 1;

    static final int PER_ACCOUNT = 150;
    static final int CONTEXT = 8;

    static final Pattern SPACE_BEFORE = Pattern.compile("(?<=[^\\s\\u00a0\\u202f]) [:;?!](?=\\s|$|[^\\w/])");
    static final Pattern NO_SPACE_BEFORE = Pattern.compile("[\\p{L}\\d)»\"'’][;?!](?=\\s|$)|[\\p{L})»][:](?=\\s|$)");
    static final Pattern QUOTES = Pattern.compile("«(?![\\u00a0\\u202f])|(?<![\\u00a0\\u202f])»");
    static final Pattern PARENTHESISED_PLURAL = Pattern.compile("\\p{L}\\((s|e|es|x)\\)");
    static final Pattern NOT_SENTENCES =
            Pattern.compile("(https?|mailto):\\S+|\\b\\d{1,2}:\\d{2}\\b|[\\w.-]+@[\\w.-]+");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String demoText = demoText();

    @Test
    void everyPageWritesFrenchTypography() throws Exception {
        Set<String> faults = new TreeSet<>();
        int read = 0;
        for (String account : ACCOUNTS) {
            read += crawl(account, faults);
        }
        assertThat(read).as("pages read").isGreaterThan(40);
        assertThat(faults).isEmpty();
    }

    /** Reads the pages an account reaches and adds their faults; answers how many pages were read. */
    int crawl(String account, Set<String> faults) throws Exception {
        var queue = new ArrayDeque<String>(seeds());
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        int read = 0;
        while (!queue.isEmpty() && read < PER_ACCOUNT) {
            String path = queue.poll();
            if (shapes.merge(path.replaceAll("\\d+", "{n}"), 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            MockHttpServletRequestBuilder request =
                    get(path).header("Accept", "text/html").locale(java.util.Locale.FRENCH);
            if (!account.isEmpty()) {
                request = request.with(as(account));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String type = response.getContentType();
            if (type == null
                    || !type.startsWith("text/html")
                    || (response.getStatus() != 200 && response.getStatus() != 404)) {
                continue;
            }
            read++;
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
            String who = account.isEmpty() ? "anonymous" : account;
            check(text(page), path + " [" + who + "]", faults);
            for (Element link : page.select("a[href]")) {
                String next = link.attr("href").replaceFirst("#.*$", "");
                if (followable(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return read;
    }

    List<String> seeds() {
        var seeds = new ArrayList<>(DEMO_PAGES);
        mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> !p.contains("{") && followable(p))
                .sorted()
                .forEach(seeds::add);
        return seeds.stream().distinct().toList();
    }

    static boolean followable(String href) {
        return href.startsWith("/")
                && !href.startsWith("//")
                && !href.matches("/(api|v3|swagger-ui|webjars|css|js|img|actuator|error)\\b.*")
                && !href.contains("lang=")
                && !href.equals("/logout")
                && !href.matches(".*\\.(pdf|zip|xlsx|csv|geojson|json|ico|svg|png|html)(\\?.*)?$");
    }

    /** The visible text, one line per block, and what assistive tools read aloud. */
    static String text(Document page) {
        page.select("script, style, code, pre, textarea, template").remove();
        var parts = new ArrayList<String>();
        // Not page.title() nor text(): jsoup turns non-breaking spaces into spaces there.
        page.select("head title").forEach(t -> parts.add(t.wholeText()));
        parts.add(page.body().wholeText());
        for (Element e :
                page.select("[title], [placeholder], [aria-label], [alt], input[type=submit][value], button[value]")) {
            Stream.of("title", "placeholder", "aria-label", "alt", "value")
                    .filter(e::hasAttr)
                    .filter(a -> !a.equals("value") || e.is("input[type=submit]"))
                    .forEach(a -> parts.add(e.attr(a)));
        }
        return parts.stream().map(s -> s.replaceAll("[ \\t\\r\\n]+", " ")).collect(Collectors.joining("\n"));
    }

    void check(String text, String where, Set<String> faults) {
        String sentences =
                NOT_SENTENCES.matcher(text).replaceAll(m -> "x".repeat(m.group().length()));
        for (Pattern rule : List.of(SPACE_BEFORE, NO_SPACE_BEFORE, QUOTES, PARENTHESISED_PLURAL)) {
            Matcher m = rule.matcher(sentences);
            while (m.find()) {
                int from = Math.max(0, m.start() - 10);
                int to = Math.min(text.length(), m.end() + 10);
                String context = text.substring(from, to);
                if (!typedByUsers(text, m.start(), m.end())) {
                    faults.add(where + ": «" + context.replace('\n', '|') + "»");
                }
            }
        }
    }

    /**
     * Whether the fault and 8 characters around it (before, after or both, within its line) are found
     * as-is in the demo files: then users typed it, in a name or a description.
     */
    boolean typedByUsers(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        for (int before = 0; before <= CONTEXT; before++) {
            int after = CONTEXT - before;
            if (start - before >= lineStart
                    && end + after <= lineEnd
                    && demoText.contains(text.substring(start - before, end + after))) {
                return true;
            }
        }
        return false;
    }

    static String demoText() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/demo"))) {
            var text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(json|csv|txt)$"))
                    .toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8).replaceAll("[ \\t\\r\\n]+", " "))
                        .append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
