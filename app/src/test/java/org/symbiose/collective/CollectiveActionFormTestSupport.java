package org.symbiose.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.EntityId;
import org.symbiose.impacts.Metric;

/**
 * What the form tests of a kind of collective action share: ADETO's facilitator posts a valid form
 * ({@link #validFields()}, two ADETO companies taking part) with some fields replaced and reads the pages
 * that come back; a company of PIICTO named among those taking part is refused, for every kind alike.
 */
public abstract class CollectiveActionFormTestSupport<I extends EntityId, A extends CollectiveAction<I>>
        extends CollectiveActionTestSupport<I, A> {

    @Autowired
    protected CompanyRepository companies;

    protected long menuiserie;
    protected long garage;
    protected long ofPiicto;

    protected CollectiveActionFormTestSupport(ActionKind<I, A> kind, String title) {
        super(kind, title);
    }

    /** The form field naming the companies that take part ({@code attendees}, {@code participants}). */
    protected abstract String companiesField();

    /** The figure that counts an action of the valid form. */
    protected abstract Metric counted();

    /** A valid form, titled {@link #title()}, with {@link #menuiserie} and {@link #garage} taking part. */
    protected abstract LinkedMultiValueMap<String, String> validFields();

    @BeforeEach
    void findCompanies() {
        var ofAdeto = companies.listByInitiative(adeto);
        menuiserie = ofAdeto.get(0).id().value();
        garage = ofAdeto.get(1).id().value();
        ofPiicto = companies
                .listByInitiative(initiatives.getBySlug("piicto").id())
                .get(0)
                .id()
                .value();
    }

    @Test
    void aCompanyOfAnotherInitiativeIsRefusedAndNothingIsSaved() throws Exception {
        long before = count();

        String body = mvc.perform(valid(companiesField(), garage + ";" + ofPiicto))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(body).text())
                .contains("L'entreprise " + ofPiicto + " n'est pas une entreprise de cette démarche");
        assertThat(testActions()).isEmpty();
        assertThat(count()).isEqualTo(before);
    }

    /** The valid form posted by ADETO's facilitator to create an action, with some fields replaced. */
    protected MockHttpServletRequestBuilder valid(String... replaced) {
        return posted(path(), replaced);
    }

    /**
     * The valid form posted to a path (a change of an existing action), with some fields replaced: name
     * then value, several values parted by {@code ;}.
     */
    protected MockHttpServletRequestBuilder posted(String path, String... replaced) {
        var fields = validFields();
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], List.of(replaced[i + 1].split(";")));
        }
        return post(path).params(fields).with(csrf()).with(as("animation.adeto"));
    }

    /** The page ADETO's facilitator gets, which must be there (200). */
    protected Document page(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(as("animation.adeto")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    /** Text with its non-breaking spaces as plain ones. */
    protected static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** ADETO's figure counting this kind of action. */
    protected long count() {
        return figures.compute(adeto).get(counted()).longValue();
    }
}
