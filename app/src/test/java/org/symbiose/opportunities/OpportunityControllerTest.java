package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;

/** The facilitator reads the proposed synergies, one kind at a time, filtered and paged, in their language. */
class OpportunityControllerTest extends WebTestBase {

    @Autowired
    MatchRuns runs;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long id(String slug) {
        return jdbc.sql("select id from initiative where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    /** The page once the initiative's run has ended (the first visit starts it). */
    String page(String slug, String user, String query) throws Exception {
        mvc.perform(get("/initiatives/" + slug + "/opportunities").with(as(user)))
                .andExpect(status().isOk());
        waitForRun(runs, id(slug));
        return mvc.perform(
                        get("/initiatives/" + slug + "/opportunities?" + query).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static void waitForRun(MatchRuns runs, long initiativeId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var run = runs.latest(new InitiativeId(initiativeId));
            if (run.isPresent() && !run.get().state().working()) {
                assertThat(run.get().state()).isEqualTo(MatchRun.State.DONE);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not end within a minute");
    }

    static List<Integer> ranks(String page) {
        Matcher m = Pattern.compile("<td class=\"rank\">(\\d+)</td>").matcher(page);
        List<Integer> ranks = new ArrayList<>();
        while (m.find()) {
            ranks.add(Integer.parseInt(m.group(1)));
        }
        return ranks;
    }

    @Test
    void facilitatorSeesProposalsWithCompanyNamesAndReasons() throws Exception {
        String page = page("piicto", "animation.piicto", "kind=substitutions");
        assertThat(page)
                .contains("Pistes de synergies")
                .contains("id=\"proposals\"")
                .contains("Pourquoi\u00a0?")
                .contains("décarbonatation")
                .contains("Retenir")
                .doesNotContain(">pf1<");
    }

    @Test
    void firstPageIsLightAndNumberedFromOneInEachKind() throws Exception {
        String substitutions = page("adeto", "animation.adeto", "kind=substitutions");
        assertThat(substitutions.length()).as("one page of 25, not 486 rows").isLessThan(200_000);
        assertThat(ranks(substitutions)).hasSize(25).startsWith(1, 2, 3).endsWith(25);
        String second = page("adeto", "animation.adeto", "kind=substitutions&page=2");
        assertThat(ranks(second)).startsWith(26, 27);
        String groups = page("adeto", "animation.adeto", "kind=mutualisations");
        assertThat(ranks(groups)).isNotEmpty().startsWith(1);
        assertThat(groups).containsIgnoringCase("palette");
    }

    @Test
    void filtersKeepRanksCoherentWithinWhatIsShown() throws Exception {
        String near = page("adeto", "animation.adeto", "kind=substitutions&max-km=2&min-score=0.5&found=declared");
        List<Integer> ranks = ranks(near);
        for (int i = 0; i < ranks.size(); i++) {
            assertThat(ranks.get(i)).isEqualTo(i + 1);
        }
        assertThat(near).doesNotContain("aucun besoin déclaré");
        KeptResult kept = runs.kept(new InitiativeId(id("adeto"))).orElseThrow();
        long expected = kept.opportunities().stream()
                .filter(o -> o.candidate() instanceof org.symbiose.engine.matching.Substitution s
                        && s.distanceKm() <= 2
                        && s.score() >= 0.5
                        && !s.isProspective())
                .count();
        assertThat(near).contains("Pistes affichées\u00a0: " + (expected - excludedAmong(kept, "declared")) + " ");
    }

    private long excludedAmong(KeptResult kept, String found) {
        return 0; // nothing is retained or dismissed in ADETO by these tests (they use their own initiative)
    }

    @Test
    void badFilterIsRefusedWithItsName() throws Exception {
        page("adeto", "animation.adeto", "");
        String page = mvc.perform(
                        get("/initiatives/adeto/opportunities?min-score=3").with(as("animation.adeto")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("min-score");
    }

    /** What the rules of law and safety kept from being proposed, with each rule's reason and source. */
    @Test
    void facilitatorSeesWhatTheRulesSetAsideAndWhy() throws Exception {
        String page = page("adeto", "animation.adeto", "kind=substitutions");
        assertThat(page)
                .contains("Ce que les règles de droit et de sécurité ont écarté")
                .contains("cassé ou endommagé n&#39;est pas réemployé en l&#39;état")
                .contains("Source\u00a0: directive 2008/98/CE, art. 3, points 13 et 16")
                .contains("par exemple «\u00a0bois broyé (palettes non réparables)\u00a0»");
        String english = page("adeto", "animation.adeto", "kind=substitutions&lang=en");
        assertThat(english)
                .contains("What the rules of law and safety set aside")
                .contains("is not reused as it is")
                .contains("Source: Directive 2008/98/EC, art. 3, points 13 and 16");
        // Only on the first page of substitutions.
        assertThat(page("adeto", "animation.adeto", "kind=substitutions&page=2"))
                .doesNotContain("Ce que les règles de droit et de sécurité ont écarté");
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        String page = page("adeto", "animation.adeto", "kind=mutualisations&lang=en");
        assertThat(page).contains("Synergy opportunities").contains("Why?").contains("Pooling");
    }

    @Test
    void isClosedToEveryoneButTheInitiativesFacilitators() throws Exception {
        mvc.perform(get("/initiatives/adeto/opportunities")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("animation.piicto")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("reseau"))).andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/adeto/opportunities").with(as("membre.adeto")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/adeto/opportunities/run").with(csrf()).with(as("membre.adeto")))
                .andExpect(status().isForbidden());
    }
}
