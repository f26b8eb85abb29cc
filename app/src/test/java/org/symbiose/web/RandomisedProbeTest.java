package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Asks every endpoint, as every role, with valid, foreign, missing, non-positive, overflowing and
 * malformed ids and parameters, in a sequence fixed by a seed, and checks what a careful reviewer
 * would: no answer is a server error; every error of the API is problem details; no answer carries a
 * company name, SIRET or flow label that the role may not see (ARCHITECTURE.md's access rules: the
 * public and the network coordinator see none; a facilitator, their initiatives'; a member, their
 * company's). Endpoints are read from Spring's handler mapping, so a new one is probed without being
 * listed here. POSTs carry stale versions and malformed fields, and the test checks afterwards that no
 * sheet, account or initiative changed.
 */
class RandomisedProbeTest extends WebTestBase {

    private static final Logger LOG = LoggerFactory.getLogger(RandomisedProbeTest.class);
    private static final long SEED = 20_261_207L;
    private static final int REQUESTS = 10_000;
    /** PDFs, the engine's matching and the OpenAPI document take long: asked once in so many draws. */
    private static final int HEAVY_ODDS = 40;

    private static final List<String> ROLES =
            List.of("anonymous", "reseau", "animation.adeto", "animation.piicto", "membre.adeto");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    /**
     * Leaks known and reported, not yet fixed, by path and role: the probe checks that they still
     * happen, so that whoever fixes one removes it here and the probe then guards the fix.
     */
    private static final Map<String, String> KNOWN_LEAKS = Map.of();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    @Autowired
    FlowRepository flows;

    @Autowired
    JdbcClient jdbc;

    final Random random = new Random(SEED);
    final Map<String, List<String>> pools = new HashMap<>();
    /** Draws from the same random sequence as the choice of endpoints, so the seed fixes the whole run. */
    final ProbeRequests draws = new ProbeRequests(random, pools, this::as);

    final Map<String, ConfidentialText> forbidden = new HashMap<>();
    /** The verdict on each distinct answer (role, status, type, body): empty when it is fine. */
    final Map<String, String> checked = new HashMap<>();

    @Test
    void noServerErrorNoBareApiErrorNoLeakAcrossTenants() throws Exception {
        List<Initiative> before = initiatives.listAll();
        long accountsBefore = count("account");
        List<ProbeEndpoints.Endpoint> endpoints = ProbeEndpoints.of(mappings);
        prepareData(before);

        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> probed = new HashSet<>();
        Set<String> knownLeaksSeen = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        while (requests < REQUESTS) {
            ProbeEndpoints.Endpoint endpoint;
            String role;
            if (requests < endpoints.size() * ROLES.size()) {
                // First every endpoint as every role, then at random.
                endpoint = endpoints.get(requests / ROLES.size());
                role = ROLES.get(requests % ROLES.size());
            } else {
                endpoint = endpoints.get(random.nextInt(endpoints.size()));
                role = ROLES.get(random.nextInt(ROLES.size()));
                if (endpoint.heavy() && random.nextInt(HEAVY_ODDS) != 0) {
                    continue;
                }
            }
            String uri = draws.uri(endpoint.pattern());
            MockHttpServletRequestBuilder request = draws.build(endpoint, role, uri);
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 400 && response.getContentAsByteArray().length == 0) {
                response = errorDispatch(response.getStatus(), uri, role, request);
            }
            requests++;
            statuses.merge(response.getStatus(), 1, Integer::sum);
            probed.add(endpoint.key() + " as " + role);
            String problem = check(endpoint, role, uri, response);
            String where = uri.replaceAll("\\?.*", "") + " as " + role;
            if (problem != null && problem.startsWith("leaks") && KNOWN_LEAKS.containsKey(where)) {
                knownLeaksSeen.add(where);
                problem = null;
            }
            if (problem != null && failures.size() < 40) {
                failures.add(endpoint.method() + " " + uri + " as " + role + ": " + problem);
            }
        }
        LOG.info(
                "Probe: {} requests, {} endpoints, {} roles, {} endpoint-role pairs, statuses {}",
                requests,
                endpoints.size(),
                ROLES.size(),
                probed.size(),
                statuses);

        assertThat(failures).isEmpty();
        assertThat(knownLeaksSeen)
                .as("known leaks still there (remove the fixed ones)")
                .isEqualTo(KNOWN_LEAKS.keySet());
        assertThat(probed).as("every endpoint asked as every role").hasSize(endpoints.size() * ROLES.size());
        assertThat(statuses.keySet())
                .as("ids and parameters reached past validation")
                .contains(200, 400, 404);
        assertThat(initiatives.listAll()).as("no sheet changed").isEqualTo(before);
        assertThat(count("account")).as("no account created").isEqualTo(accountsBefore);
    }

    // ---- what is asked

    void prepareData(List<Initiative> all) throws Exception {
        Map<Long, Map<String, String>> byInitiative = new HashMap<>();
        Map<Long, Map<String, String>> byCompany = new HashMap<>();
        Map<Long, List<String>> visibleByInitiative = new HashMap<>();
        List<String> initiativeIds = new ArrayList<>();
        List<String> companyIds = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (Initiative initiative : all) {
            long id = initiative.id().value();
            initiativeIds.add(String.valueOf(id));
            slugs.add(initiative.slug());
            Map<String, String> strings = new HashMap<>();
            for (Company company : companies.listByInitiative(new InitiativeId(id))) {
                companyIds.add(String.valueOf(company.id().value()));
                Map<String, String> own = new HashMap<>();
                String owner = initiative.slug() + " company " + company.id().value();
                own.put(company.name().strip(), owner + " (name)");
                if (company.siret() != null) {
                    own.put(company.siret().value(), owner + " (SIRET)");
                }
                flows.listByCompany(company.id()).forEach(f -> own.put(f.label().strip(), owner + " (flow)"));
                byCompany.put(company.id().value(), own);
                strings.putAll(own);
                List<String> visible = visibleByInitiative.computeIfAbsent(id, k -> new ArrayList<>());
                visible.addAll(own.keySet());
                flows.listByCompany(company.id()).stream()
                        .map(flow -> flow.notes())
                        .filter(java.util.Objects::nonNull)
                        .forEach(visible::add);
                for (String text : new String[] {company.activity(), company.zone(), company.naf()}) {
                    if (text != null) {
                        visible.add(text);
                    }
                }
            }
            byInitiative.put(id, strings);
        }
        pools.put("initiative", initiativeIds);
        pools.put("company", companyIds);
        pools.put("slug", slugs);

        // What anyone may read is not confidential, even when a sheet names a company.
        Set<String> published = new HashSet<>();
        for (String page : publicPages(all)) {
            byInitiative
                    .values()
                    .forEach(strings ->
                            strings.keySet().stream().filter(page::contains).forEach(published::add));
        }
        Map<String, String> everything = new HashMap<>();
        byInitiative.values().forEach(everything::putAll);
        published.forEach(everything::remove);
        for (String role : ROLES) {
            Set<String> allowed = new HashSet<>();
            if (!role.equals("anonymous")) {
                SymbioseUser user = (SymbioseUser) users.loadUserByUsername(role);
                user.initiativeIds()
                        .forEach(id -> allowed.addAll(visibleByInitiative.getOrDefault(id.value(), List.of())));
                if (user.companyId() != null) {
                    allowed.addAll(byCompany
                            .getOrDefault(user.companyId().value(), Map.of())
                            .keySet());
                }
            }
            Map<String, String> hidden = ConfidentialText.except(everything, allowed);
            // "eau de process" is not a leak in a page that shows one's own "eau de process chaude".
            // Nor in one whose companies' activities mention it.
            hidden.keySet().removeIf(text -> allowed.stream().anyMatch(own -> own.contains(text)));
            forbidden.put(role, new ConfidentialText(hidden));
        }
        LOG.info(
                "Probe data: {} initiatives, {} companies, {} confidential strings ({} also in public sheets)",
                all.size(),
                companyIds.size(),
                everything.size(),
                published.size());
        assertThat(forbidden.get("anonymous").size())
                .as("confidential strings to look for")
                .isGreaterThan(300);
    }

    List<String> publicPages(List<Initiative> all) throws Exception {
        var pages = new ArrayList<String>();
        pages.add(text(mvc.perform(get("/")).andReturn().getResponse()));
        pages.add(text(mvc.perform(get("/api/v1/initiatives")).andReturn().getResponse()));
        for (Initiative initiative : all) {
            for (String lang : List.of("fr", "en")) {
                pages.add(text(
                        mvc.perform(get("/initiatives/" + initiative.slug()).param("lang", lang))
                                .andReturn()
                                .getResponse()));
            }
            pages.add(text(
                    mvc.perform(get("/api/v1/initiatives/" + initiative.id().value()))
                            .andReturn()
                            .getResponse()));
        }
        return pages;
    }

    /** What the servlet container does after {@code sendError}: it asks {@code /error}, as the same user. */
    MockHttpServletResponse errorDispatch(int status, String uri, String role, MockHttpServletRequestBuilder failed)
            throws Exception {
        MockHttpServletRequestBuilder error = get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri.replaceAll("\\?.*", ""));
        if (!role.equals("anonymous")) {
            error.with(as(role));
        }
        return mvc.perform(error).andReturn().getResponse();
    }

    // ---- what is checked

    /** What is wrong with the answer, or null. */
    String check(ProbeEndpoints.Endpoint endpoint, String role, String uri, MockHttpServletResponse response)
            throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return "status " + status;
        }
        byte[] bytes = response.getContentAsByteArray();
        String key = role + ":" + status + ":" + response.getContentType() + ":" + bytes.length + ":"
                + java.util.Arrays.hashCode(bytes) + ":" + uri.startsWith("/api/");
        if (checked.containsKey(key)) {
            // The same answer was checked already.
            return checked.get(key).isEmpty() ? null : checked.get(key);
        }
        String problem = checkOnce(endpoint, role, uri, response);
        checked.put(key, problem == null ? "" : problem);
        return problem;
    }

    String checkOnce(ProbeEndpoints.Endpoint endpoint, String role, String uri, MockHttpServletResponse response)
            throws Exception {
        int status = response.getStatus();
        String body = text(response);
        if (STACK_FRAME.matcher(body).find()) {
            return "stack trace in the answer";
        }
        if (uri.startsWith("/api/") && status >= 400) {
            String type = response.getContentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return "API error " + status + " as " + type;
            }
            for (String member : List.of("\"type\":", "\"title\":", "\"status\":" + status, "\"detail\":")) {
                if (!body.contains(member)) {
                    return "problem without " + member + ": " + body;
                }
            }
        }
        if (endpoint.pattern().startsWith("/api/v1/nomenclatures")) {
            return null; // the engine's reference data, no tenant's
        }
        var leaks = forbidden.get(role).foundIn(body);
        return leaks.isEmpty() ? null : "leaks " + leaks.stream().limit(3).toList();
    }

    static String text(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        String type = response.getContentType() == null
                ? ""
                : response.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            try (var pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
