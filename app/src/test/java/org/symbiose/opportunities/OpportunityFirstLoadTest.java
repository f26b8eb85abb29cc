package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.symbiose.WebTestBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * ADETO's opportunities page, first load (docs/performance.md, "Opportunities page"): the page answers
 * light while the run works; the list page is one page of 25. Prints the times beside what the page
 * did before in its request (the engine run and every candidate's sentences in both languages).
 */
class OpportunityFirstLoadTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    MatchRuns runs;

    @Test
    void firstLoadIsLightAndTheListIsOnePage() throws Exception {
        long adeto = initiatives.getBySlug("adeto").id().value();
        boolean nothingKept =
                runs.kept(new InitiativeId(adeto)).isEmpty(); // else another test of this JVM ran it already
        long start = System.nanoTime();
        var first = mvc.perform(get("/initiatives/adeto/opportunities").with(as("animation.adeto")))
                .andReturn()
                .getResponse();
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        OpportunityControllerTest.waitForRun(runs, adeto);
        long runMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        var list = mvc.perform(get("/initiatives/adeto/opportunities").with(as("animation.adeto")))
                .andReturn()
                .getResponse();
        long listMs = (System.nanoTime() - start) / 1_000_000;

        var user = users.loadUserByUsername("animation.adeto");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            start = System.nanoTime();
            var before = opportunities.opportunities(
                    new InitiativeId(adeto), MatchOptions.defaults().withTopK(3));
            int sentences = 0;
            for (var candidate : before.candidates()) {
                sentences +=
                        candidate.reasonsFr().size() + candidate.reasonsEn().size();
            }
            long beforeMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "ADETO opportunities: first load %d bytes in %d ms; run ended after %d ms; list page %d bytes in %d ms;"
                            + " the old page's work in its request (engine, top 3, %d candidates, %d sentences): %d ms%n",
                    first.getContentAsByteArray().length,
                    firstMs,
                    runMs,
                    list.getContentAsByteArray().length,
                    listMs,
                    before.candidates().size(),
                    sentences,
                    beforeMs);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(first.getStatus()).isEqualTo(200);
        if (nothingKept) {
            assertThat(first.getContentAsByteArray().length).isLessThan(20_000);
        }
        assertThat(list.getContentAsByteArray().length).isLessThan(150_000);
    }
}
