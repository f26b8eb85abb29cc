package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.WebTestBase;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/** The directory shows 50 companies a page in alphabetical order, its total, and a search over every page. */
class DirectoryPagingTest extends WebTestBase {

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    Document page(String query) throws Exception {
        return page(get("/companies?initiative=adeto" + query));
    }

    Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as("animation.adeto")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static List<String> names(Document page) {
        return page.select("#companies tbody tr td:first-child a").eachText();
    }

    List<String> activeNames() {
        long adeto = initiatives.getBySlug("adeto").id().value();
        return companies.listActiveByInitiative(new InitiativeId(adeto)).stream()
                .map(Company::name)
                .toList();
    }

    @Test
    void pageTwoShowsTheNextCompaniesAndTheTotalCountsThemAll() throws Exception {
        List<String> expected = activeNames();
        assertThat(expected).as("the demo fills more than one page").hasSizeGreaterThan(DirectoryPage.SIZE);

        Document first = page("");
        Document second = page("&page=2");

        assertThat(names(first)).isEqualTo(expected.subList(0, DirectoryPage.SIZE));
        assertThat(names(second))
                .isEqualTo(expected.subList(DirectoryPage.SIZE, Math.min(expected.size(), 2 * DirectoryPage.SIZE)));
        assertThat(first.selectFirst("#directory-total").text()).startsWith(expected.size() + " entreprises");
        assertThat(first.selectFirst("#directory-next").attr("href")).contains("page=2");
        assertThat(first.selectFirst("#directory-previous")).isNull();
        assertThat(second.selectFirst("#directory-previous").attr("href")).contains("page=1");
    }

    @Test
    void aSearchFindsACompanyOfTheLastPageOnTheFirst() throws Exception {
        List<String> expected = activeNames();
        String last = expected.get(expected.size() - 1);
        assertThat(names(page(""))).doesNotContain(last);

        Document found = page(get("/companies").param("initiative", "adeto").param("q", last.toUpperCase()));

        assertThat(names(found)).contains(last);
        assertThat(found.selectFirst("#directory-q").attr("value")).isEqualTo(last.toUpperCase());
    }

    @Test
    void aPageBeyondTheEndOrNotANumberShowsALastOrTheFirstPage() throws Exception {
        List<String> expected = activeNames();
        List<String> shown = new ArrayList<>(names(page("&page=999")));

        assertThat(shown).isNotEmpty().contains(expected.get(expected.size() - 1));
        assertThat(names(page("&page=abc"))).isEqualTo(expected.subList(0, DirectoryPage.SIZE));
        assertThat(names(page("&q=zzzzqqq-aucune"))).isEmpty();
    }
}
