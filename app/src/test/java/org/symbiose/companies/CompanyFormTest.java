package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.MultiValueMap;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** The facilitator creates, edits, archives and restores a company with the form; wrong input saves nothing. */
class CompanyFormTest extends CompanyTestSupport {

    @Autowired
    CompanyService files;

    @Test
    void aValidFormCreatesTheCompanyWithItsSiteAndHistory() throws Exception {
        long id = redirectedId(create(newCompany("Palettes du Brusc")).andExpect(status().is3xxRedirection()));

        Company saved = companies.getById(new CompanyId(id));
        assertThat(saved.initiativeId()).isEqualTo(new InitiativeId(adeto));
        assertThat(saved.name()).isEqualTo("Palettes du Brusc");
        assertThat(saved.siret().value()).isEqualTo("73282932000074");
        assertThat(saved.naf()).isEqualTo("16.24Z");
        assertThat(saved.employees()).isEqualTo(1200);
        assertThat(saved.member()).isTrue();
        assertThat(saved.zone()).isEqualTo(PARK);
        assertThat(saved.archived()).isFalse();
        assertThat(saved.sites()).containsExactly(new Site("Atelier", "83090", null));
        assertThat(history.list(saved.id())).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(CompanyChange.Action.CREATED);
            assertThat(change.username()).isEqualTo("animation.adeto");
            assertThat(change.changes()).contains(new CompanyChange.FieldChange("naf", "", "16.24Z"));
        });

        Document file = page(get("/companies/" + id).with(as("animation.adeto")));
        assertThat(file.select("#sites li").text()).contains("Atelier", "Ollioules");
        assertThat(file.select("#history").text()).contains("Création", "NAF : 16.24Z");
        // Found by the directory's search: 50 companies a page, the new one may be on another.
        Document directory = page(get("/companies?initiative=adeto&q=Brusc").with(as("animation.adeto")));
        assertThat(directory.select("#companies a").eachText()).contains("Palettes du Brusc");
    }

    @Test
    void sitesMayBePlacedByCoordinatesOnly() throws Exception {
        MultiValueMap<String, String> fields = newCompany("Chaufferie du Pôle");
        fields.set("sites[0].commune", "");
        fields.set("sites[0].latitude", "43,1235");
        fields.set("sites[0].longitude", "5.9312");
        fields.add("sites[1].name", "Dépôt");
        fields.add("sites[1].commune", "83126");

        long id = redirectedId(create(fields).andExpect(status().is3xxRedirection()));

        assertThat(companies.getById(new CompanyId(id)).sites())
                .extracting(Site::name, Site::communeInsee)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Atelier", null),
                        org.assertj.core.groups.Tuple.tuple("Dépôt", "83126"));
        assertThat(companies.getById(new CompanyId(id)).sites().get(0).point().latitude())
                .isEqualTo(43.1235);
    }

    @Test
    void aSiretWithAWrongCheckDigitIsRefusedAndNothingSaved() throws Exception {
        long before = companiesOfAdeto();
        MultiValueMap<String, String> fields = newCompany("Palettes du Brusc");
        fields.set("siret", "732 829 320 00075");

        Document page = shownAgain(fields);

        assertThat(summary(page))
                .containsExactly(
                        "Le SIRET « 732 829 320 00075 » n’est pas valide (clé de contrôle) : vérifiez les 14 chiffres.");
        assertThat(page.select("input[name=siret]").val()).isEqualTo("732 829 320 00075");
        assertThat(page.select("input[name='sites[0].commune']").val()).isEqualTo("Ollioules (83090)");
        assertThat(companiesOfAdeto()).isEqualTo(before);
    }

    @Test
    void aNafCodeOutsideTheCatalogueIsRefused() throws Exception {
        long before = companiesOfAdeto();
        MultiValueMap<String, String> fields = newCompany("Palettes du Brusc");
        fields.set("naf", "99.99Z");

        assertThat(summary(shownAgain(fields)))
                .containsExactly(
                        "Le code NAF « 99.99Z » n’existe pas dans la NAF rév. 2 : choisissez-le dans la liste.");
        fields.set("naf", "16.24");
        assertThat(summary(shownAgain(fields))).singleElement().asString().contains("n’est pas une sous-classe");
        assertThat(companiesOfAdeto()).isEqualTo(before);
    }

    @Test
    void aSiteNeedsACommuneOrCoordinatesInTheRegion() throws Exception {
        long before = companiesOfAdeto();
        MultiValueMap<String, String> fields = newCompany("Palettes du Brusc");
        fields.set("sites[0].commune", "");
        assertThat(summary(shownAgain(fields))).containsExactly("Site 1 : indiquez une commune ou des coordonnées.");

        fields.set("sites[0].commune", "Paris");
        assertThat(summary(shownAgain(fields)))
                .singleElement()
                .asString()
                .startsWith("Site 1 : la commune « Paris » est inconnue");

        fields.set("sites[0].commune", "");
        fields.set("sites[0].latitude", "5.85");
        fields.set("sites[0].longitude", "43.14");
        assertThat(summary(shownAgain(fields))).singleElement().asString().contains("hors de la région", "inversées");

        fields.set("sites[0].longitude", "");
        assertThat(summary(shownAgain(fields))).containsExactly("Site 1 : indiquez aussi la longitude.");
        assertThat(companiesOfAdeto()).isEqualTo(before);
    }

    @Test
    void aLikelyDuplicateIsShownThenCreatedOnConfirmation() throws Exception {
        Company table = demo("a1"); // La Table des Playes, at Six-Fours-les-Plages (83129)
        long before = companiesOfAdeto();
        MultiValueMap<String, String> fields = newCompany("la table des PLAYES");
        fields.set("siret", "");
        fields.set("sites[0].commune", "83129");

        Document warned = shownAgain(fields);

        assertThat(warned.select("#same-name a").attr("href"))
                .isEqualTo("/companies/" + table.id().value());
        assertThat(warned.select("#same-name a").text()).isEqualTo("La Table des Playes");
        assertThat(warned.select("#confirm-duplicate").text()).isEqualTo("Créer quand même");
        assertThat(companiesOfAdeto()).isEqualTo(before);

        fields.add("confirmDuplicate", "true");
        create(fields).andExpect(status().is3xxRedirection());
        assertThat(companiesOfAdeto()).isEqualTo(before + 1);
    }

    @Test
    void theSiretOfAnotherCompanyOfTheInitiativeIsRefused() throws Exception {
        Company table = demo("a1");
        long before = companiesOfAdeto();
        MultiValueMap<String, String> fields = newCompany("Restaurant des Playes");
        fields.set("siret", table.siret().value());
        fields.add("confirmDuplicate", "true");

        Document page = shownAgain(fields);

        assertThat(summary(page)).singleElement().asString().contains("est déjà celui de « La Table des Playes »");
        assertThat(page.select("#same-siret a").attr("href"))
                .isEqualTo("/companies/" + table.id().value());
        assertThat(companiesOfAdeto()).isEqualTo(before);
    }

    @Test
    void rowsBeyondTheFormAreRefusedWith400() throws Exception {
        long before = companiesOfAdeto();
        for (String row : List.of("sites[20].name", "sites[-1].name", "sites[abc].name", "sites[999999].name")) {
            MultiValueMap<String, String> fields = newCompany("Palettes du Brusc");
            fields.add(row, "Atelier");
            create(fields).andExpect(status().isBadRequest());
        }
        assertThat(companiesOfAdeto()).isEqualTo(before);
    }

    @Test
    void editingOneFieldKeepsTheOthersAndIsInTheHistory() throws Exception {
        Company company = saved("Palettes du Brusc");
        String edit = "/companies/" + company.id().value() + "/edit";
        MultiValueMap<String, String> fields = form(edit, "animation.adeto");
        assertThat(fields.getFirst("park")).isEqualTo(PARK);
        fields.set("naf", "16.10A");

        postForm(edit, "animation.adeto", fields)
                .andExpect(redirectedUrl("/companies/" + company.id().value()));

        Company edited = companies.getById(company.id());
        assertThat(edited)
                .isEqualTo(new Company(
                        company.id(),
                        new InitiativeId(adeto),
                        null,
                        company.name(),
                        company.siret(),
                        "16.10A",
                        company.activity(),
                        company.employees(),
                        PARK,
                        true,
                        company.sites(),
                        null));
        assertThat(history.list(company.id())).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(CompanyChange.Action.EDITED);
            assertThat(change.changes()).containsExactly(new CompanyChange.FieldChange("naf", "16.24Z", "16.10A"));
        });
        Document file = page(get("/companies/" + company.id().value()).with(as("animation.adeto")));
        assertThat(file.select("#history li").eachText()).containsExactly("NAF : 16.24Z → 16.10A");
    }

    @Test
    void archivingHidesTheCompanyFromTheDirectoryAndTheMatchingUntilRestored() throws Exception {
        Company company = saved("Palettes du Brusc");
        String file = "/companies/" + company.id().value();

        postForm(file + "/archive", "animation.adeto", version("5")).andExpect(status().isConflict());
        assertThat(companies.getById(company.id()).archived()).isFalse();
        String seen = page(get(file).with(as("animation.adeto")))
                .select("form:has(#archive) input[name=version]")
                .val();
        postForm(file + "/archive", "animation.adeto", version(seen)).andExpect(redirectedUrl(file));

        assertThat(companies.getById(company.id()).archived()).isTrue();
        assertThat(page(get(file).with(as("animation.adeto")))
                        .select("#archived-note")
                        .text())
                .contains("archivée le");
        assertThat(names(page(get("/companies?initiative=adeto&q=Palettes").with(as("animation.adeto")))))
                .doesNotContain("Palettes du Brusc");
        assertThat(names(page(get("/companies?initiative=adeto&archived=true&q=Palettes")
                        .with(as("animation.adeto")))))
                .contains("Palettes du Brusc");
        assertThat(asFacilitator(() -> files.listActiveFiles(new InitiativeId(adeto))))
                .noneMatch(f -> f.company().id().equals(company.id()));
        assertThat(asFacilitator(() -> files.listFiles(new InitiativeId(adeto))))
                .anyMatch(f -> f.company().id().equals(company.id()));

        seen = page(get(file).with(as("animation.adeto")))
                .select("form:has(#restore) input[name=version]")
                .val();
        postForm(file + "/restore", "animation.adeto", version(seen)).andExpect(redirectedUrl(file));

        assertThat(companies.getById(company.id()).archived()).isFalse();
        assertThat(asFacilitator(() -> files.listActiveFiles(new InitiativeId(adeto))))
                .anyMatch(f -> f.company().id().equals(company.id()));
        assertThat(history.list(company.id()))
                .extracting(CompanyChange::action)
                .containsExactly(CompanyChange.Action.RESTORED, CompanyChange.Action.ARCHIVED);
    }

    @Test
    void anEditOverAnotherSavedInBetweenSavesNothingAndKeepsTheInput() throws Exception {
        Company company = saved("Palettes du Brusc");
        String edit = "/companies/" + company.id().value() + "/edit";
        MultiValueMap<String, String> mine = form(edit, "animation.adeto");
        MultiValueMap<String, String> theirs = form(edit, "animation.adeto");
        theirs.set("employees", "14");
        postForm(edit, "animation.adeto", theirs).andExpect(status().is3xxRedirection());
        mine.set("naf", "16.10A");

        Document page = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(edit)
                .params(mine)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(as("animation.adeto")));

        assertThat(summary(page))
                .singleElement()
                .asString()
                .startsWith("Quelqu’un d’autre a enregistré cette entreprise");
        assertThat(page.select("input[name=naf]").val()).isEqualTo("16.10A");
        assertThat(companies.getById(company.id()).naf()).isEqualTo("16.24Z");
        assertThat(companies.getById(company.id()).employees()).isEqualTo(14);
    }

    private static MultiValueMap<String, String> version(String value) {
        var fields = new org.springframework.util.LinkedMultiValueMap<String, String>();
        fields.add("version", value);
        return fields;
    }

    /** What the service answers to ADETO's facilitator, outside any request. */
    private <T> T asFacilitator(java.util.function.Supplier<T> call) {
        var user = users.loadUserByUsername("animation.adeto");
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static List<String> names(Document directory) {
        return directory.select("#companies tbody td:first-child a").eachText();
    }
}
