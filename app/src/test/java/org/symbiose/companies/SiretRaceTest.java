package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.validation.BeanPropertyBindingResult;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.Initiative;

/**
 * Two requests record the same SIRET at once: both pass the check, the database's unique constraint
 * (V11) refuses the second write, and its author gets the same error on {@code siret} as when the check
 * sees the other company, never a 500. The test plays the second request's steps as the form and the
 * API take them, the first request's write coming in between.
 */
class SiretRaceTest extends CompanyTestSupport {

    @Autowired
    CompanyEditing editing;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void signIn() {
        var user = userDetails.loadUserByUsername("animation.adeto");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSecondCreationOfASiretIsRefusedOnTheFieldAndSavesNothing() {
        Initiative initiative = initiatives.getBySlug("adeto");
        CompanyInput input = input("Palettes du Brusc bis");
        var errors = new BeanPropertyBindingResult(input, "company");
        CompanyEditing.Checked checked = editing.check(initiative, input, null, errors);
        assertThat(errors.hasErrors()).isFalse();
        long before = companiesOfAdeto();

        saved("Palettes du Brusc"); // the other request, committed between the check and the write

        assertThatThrownBy(() -> editing.create(checked.company())).isInstanceOf(SiretTakenException.class);
        editing.rejectTaken(initiative, input, null, errors);

        assertThat(errors.getFieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("siret");
            assertThat(messages.getMessage(error, Locale.FRENCH)).contains("Palettes du Brusc");
        });
        assertThat(companiesOfAdeto()).isEqualTo(before + 1);
    }

    @Test
    void anEditGivingTheSiretTakenInBetweenIsRefusedOnTheField() {
        Initiative initiative = initiatives.getBySlug("adeto");
        Company current = companies.insert(new Company(
                null,
                new InitiativeId(adeto),
                null,
                "Scierie du Brusc",
                null,
                null,
                null,
                null,
                null,
                false,
                List.of()));
        CompanyInput input = input("Scierie du Brusc");
        var errors = new BeanPropertyBindingResult(input, "company");
        CompanyEditing.Checked checked = editing.check(initiative, input, current, errors);
        assertThat(errors.hasErrors()).isFalse();

        saved("Palettes du Brusc");

        assertThatThrownBy(() -> editing.update(current, checked.company(), 0)).isInstanceOf(SiretTakenException.class);
        editing.rejectTaken(initiative, input, current, errors);

        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("siret");
        assertThat(companies.getById(current.id()).siret()).isNull();
        assertThat(history.list(current.id())).isEmpty();
    }

    private static CompanyInput input(String name) {
        return new CompanyInput(
                name,
                SIRET,
                "16.24Z",
                "Fabrication de palettes",
                "12",
                true,
                PARK,
                "",
                List.of(new CompanyInput.SiteRow("Atelier", "Ollioules (83090)", "", "")),
                true);
    }
}
