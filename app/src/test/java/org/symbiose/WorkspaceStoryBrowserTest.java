package org.symbiose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.flows.FlowGridPage;
import org.symbiose.impacts.FiguresService;
import org.symbiose.imports.ImportTestData;

/**
 * The facilitator's workspace as a new initiative lives it, in a real browser (Debian Chromium, headless;
 * issue 12, item 8): the facilitator creates a company with a site, types three flows in the grid with
 * the keyboard only, imports a file with errors (the page names each one's file, line and column, and
 * nothing changes), then the corrected file (its unreadable label flagged in the preview); exports the
 * initiative and imports the export into a new, empty initiative, whose directory and company files then
 * read the same; the facilitator invites a member of the company, who chooses a password through the
 * invitation link, logs in and sends the questionnaire; the facilitator accepts it and its flow is on the
 * company's file. Every step is checked on what the page shows; every wait is explicit. Both
 * initiatives are the test's own, removed afterwards. Fails, never skips, when the browser cannot start.
 */
class WorkspaceStoryBrowserTest extends WebTestBase {

    static final String COMPANY = "Scierie des Sorgues";

    /** What the invited member chooses on the invitation page. */
    static final String MEMBERS_PASSWORD = "copeaux-de-chene-2026";

    @Autowired
    FiguresService figures;

    TestInitiative initiative;
    TestInitiative copy;
    BrowserSession session;
    WebDriver browser;
    FlowGridPage grid;

    @BeforeEach
    void openTwoInitiativesAndTheBrowser() throws Exception {
        initiative = TestInitiative.open(mvc, context, "story", "Démarche d'essai du parcours");
        copy = TestInitiative.open(mvc, context, "story-copy", "Démarche d'essai, la copie");
        initiative.alsoFacilitates(copy.id);
        session = BrowserSession.start();
        browser = session.driver();
        grid = new FlowGridPage(session);
    }

    @AfterEach
    void closeThem() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            if (copy != null) {
                copy.close();
            }
            if (initiative != null) {
                initiative.close();
            }
            figures.forgetAll();
        }
    }

    @Test
    void aFacilitatorTakesANewInitiativeToItsCompaniesAndFlowsAndGetsThemBackOut() throws Exception {
        session.logIn(baseUrl(), initiative.facilitator);

        // 1. A company with a site, by the form; the commune chosen among the suggestions.
        directory(initiative);
        assertThat(total()).isEqualTo("Aucune entreprise, page 1 sur 1.");
        browser.findElement(By.id("new-company")).click();
        session.waitUntil(presenceOfElementLocated(By.cssSelector("form.company-form")));
        browser.findElement(By.name("name")).sendKeys(COMPANY);
        browser.findElement(By.name("naf")).sendKeys("sciage");
        session.suggestion(By.name("naf"), "16.10A").click();
        browser.findElement(By.name("sites[0].name")).sendKeys("Scierie");
        browser.findElement(By.name("sites[0].commune")).sendKeys("Ollioul");
        session.suggestion(By.name("sites[0].commune"), "Ollioules (83090)").click();
        browser.findElement(By.cssSelector("form.company-form .toolbar button[type=submit]"))
                .click();
        session.waitUntil(urlMatches("/companies/\\d+$"));
        assertThat(text(By.cssSelector("main p.info"))).isEqualTo("Entreprise créée.");
        assertThat(text(By.id("sites"))).contains("Scierie · Ollioules");
        long company = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/companies/(\\d+)$", "$1"));

        // 2. Three flows in the grid, the keyboard only: Tab from the top of the page to the first cell;
        // Tab to the next cell, Enter to the same cell of the next row, Shift+Tab back (FlowGridPage).
        browser.findElement(By.linkText("Saisir les flux")).click();
        session.waitUntil(presenceOfElementLocated(By.id("flow-grid")));
        grid.tabToFirstCell();
        grid.typeThreeFlows();
        browser.navigate().refresh();
        session.waitUntil(presenceOfElementLocated(By.id("flow-grid")));
        assertThat(grid.labels())
                .containsExactly("Palettes bois cassées", "Sciure de bois", "Chaleur fatale du four", "");
        companyFile(company);
        assertThat(text(By.id("flows")))
                .contains("Palettes bois cassées", "15 01 03", "12 t / an", "Sciure de bois", "Chaleur fatale du four");

        // 3. A file with errors: each named with its file, line and column; nothing changed.
        importsPage(initiative);
        send("entreprises.zip", ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS_WITH_ERRORS));
        session.waitUntil(presenceOfElementLocated(By.id("import-errors")));
        assertThat(text(By.cssSelector("#import-errors p.error")))
                .startsWith("2 erreurs à corriger ; rien n’a été modifié.");
        assertThat(errorRows())
                .containsExactly(
                        List.of("flows.csv", "3", "quantity", "« neuf cents » n’est pas un nombre"),
                        List.of("flows.csv", "4", "actor_id", "aucun acteur « a9 » dans actors.csv"));
        directory(initiative);
        assertThat(total()).isEqualTo("Une entreprise, page 1 sur 1.");
        assertThat(directoryNames()).containsExactly(COMPANY);

        // ... then the corrected file: a preview, confirmed, and the companies in the directory.
        importsPage(initiative);
        send("entreprises-corrige.zip", ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS));
        session.waitUntil(presenceOfElementLocated(By.id("import-preview")));
        assertThat(text(By.id("preview-companies"))).isEqualTo("Entreprises : 2 nouvelles, 0 modifiée, 0 inchangée.");
        assertThat(text(By.id("preview-flows"))).isEqualTo("Flux : 4 nouveaux, 0 modifié, 0 inchangé.");
        assertThat(text(By.id("unreadable-labels"))).contains("xqzwv kloprt");
        confirmImport();
        browser.findElement(By.id("see-companies")).click();
        session.waitUntil(presenceOfElementLocated(By.id("companies")));
        assertThat(total()).isEqualTo("3 entreprises, page 1 sur 1.");
        assertThat(directoryNames()).containsExactlyInAnyOrder(COMPANY, "Menuiserie du Var", "Chaufferie urbaine");

        // 4. The export (.zip, downloaded by the browser) into a new, empty initiative: the same companies
        // and flows, as the directory and each company's file show them.
        importsPage(initiative);
        browser.findElement(By.cssSelector("a[href$='/export.zip']")).click();
        Path exported = session.downloaded(".zip");
        directory(copy);
        assertThat(total()).isEqualTo("Aucune entreprise, page 1 sur 1.");
        importsPage(copy);
        browser.findElement(By.id("import-file")).sendKeys(exported.toString());
        browser.findElement(By.id("send-import")).click();
        session.waitUntil(presenceOfElementLocated(By.id("import-preview")));
        assertThat(text(By.id("preview-companies"))).isEqualTo("Entreprises : 3 nouvelles, 0 modifiée, 0 inchangée.");
        assertThat(text(By.id("preview-flows"))).isEqualTo("Flux : 7 nouveaux, 0 modifié, 0 inchangé.");
        confirmImport();
        Map<String, Shown> original = companiesAsShown(initiative);
        Map<String, Shown> copied = companiesAsShown(copy);
        assertThat(original).hasSize(3);
        assertThat(copied.keySet()).isEqualTo(original.keySet());
        for (String name : original.keySet()) {
            assertThat(copied.get(name).row())
                    .as(name)
                    .isEqualTo(original.get(name).row());
            assertThat(copied.get(name).flows())
                    .as(name)
                    .isEqualTo(original.get(name).flows());
            assertThat(copied.get(name).siteCommunes())
                    .as(name)
                    .isEqualTo(original.get(name).siteCommunes());
        }
        // What the exchange format cannot carry: a site's name (the copy's site is named after its company,
        // "Scierie" comes back as "Scierie des Sorgues"; docs/formats/exchange-format.md).
        assertThat(original.get(COMPANY).siteNames()).containsExactly("Scierie");
        assertThat(copied.get(COMPANY).siteNames()).containsExactly(COMPANY);

        // Sent back into the initiative it came from, the export changes nothing: the company typed by hand
        // (no dataset id, no SIRET) is matched by the id its export gave it, its site placed by its commune
        // alone is the same place.
        importsPage(initiative);
        browser.findElement(By.id("import-file")).sendKeys(exported.toString());
        browser.findElement(By.id("send-import")).click();
        session.waitUntil(presenceOfElementLocated(By.id("import-preview")));
        assertThat(text(By.id("preview-companies"))).isEqualTo("Entreprises : 0 nouvelle, 0 modifiée, 3 inchangées.");
        assertThat(text(By.id("preview-flows"))).isEqualTo("Flux : 0 nouveau, 0 modifié, 7 inchangés.");

        // 5. The facilitator invites a member of the company from the initiative's accounts page; the member
        // opens the link, chooses a password and logs in with it, sends the questionnaire; the facilitator
        // accepts it; its flow is on the company's file beside the three typed in the grid.
        String member = "membre." + initiative.slug;
        initiative.removesAccount(member);
        String link = invite(member, company);
        session.logOut();
        browser.get(link);
        session.waitUntil(presenceOfElementLocated(By.id("confirmation")));
        assertThat(text(By.cssSelector("main p"))).contains(member);
        browser.findElement(By.id("password")).sendKeys(MEMBERS_PASSWORD);
        browser.findElement(By.id("confirmation")).sendKeys(MEMBERS_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        session.waitUntil(urlMatches("/login\\?invited$"));
        session.logIn(baseUrl(), member, MEMBERS_PASSWORD);
        browser.findElement(By.linkText("Mon questionnaire")).click();
        session.waitUntil(presenceOfElementLocated(By.id("questionnaire-status")));
        new Select(browser.findElement(By.name("rows[0].direction"))).selectByValue("OUT");
        browser.findElement(By.name("rows[0].label")).sendKeys("Chutes de contreplaqué");
        browser.findElement(By.name("rows[0].quantity")).sendKeys("2,5");
        new Select(browser.findElement(By.name("rows[0].unit"))).selectByValue("TONNE");
        browser.findElement(By.id("submit")).click();
        session.waitUntil(presenceOfElementLocated(By.id("sent-flows")));
        assertThat(text(By.id("questionnaire-status"))).contains("en attente de relecture");
        assertThat(text(By.id("sent-flows"))).contains("Chutes de contreplaqué");

        session.logOut();
        session.logIn(baseUrl(), initiative.facilitator);
        browser.get(baseUrl() + "/initiatives/" + initiative.slug);
        browser.findElement(By.linkText("Questionnaires des entreprises")).click();
        session.waitUntil(presenceOfElementLocated(By.id("questionnaires")));
        WebElement sent = browser.findElement(By.cssSelector("#questionnaires tbody tr.status-SUBMITTED"));
        assertThat(sent.getText()).contains(COMPANY);
        sent.findElement(By.tagName("a")).click();
        session.waitUntil(presenceOfElementLocated(By.id("accept")));
        assertThat(browser.findElement(By.name("rows[0].label")).getDomProperty("value"))
                .isEqualTo("Chutes de contreplaqué");
        browser.findElement(By.id("accept")).click();
        session.waitUntil(textToBePresentInElementLocated(By.id("questionnaire-status"), "Accepté"));
        browser.findElement(By.linkText("Fiche de l’entreprise")).click();
        session.waitUntil(urlMatches("/companies/" + company + "$"));
        assertThat(text(By.id("flows")))
                .contains("Chutes de contreplaqué", "2,5 t / an", "Palettes bois cassées", "Sciure de bois");
    }

    // --- Pages

    /**
     * Invites a member of the company as its initiative's facilitator does, on the accounts page reached
     * from the initiative's sheet; answers the one-time link the page shows to pass on.
     */
    String invite(String username, long company) {
        browser.get(baseUrl() + "/initiatives/" + initiative.slug);
        browser.findElement(By.cssSelector("a[href$='/initiatives/" + initiative.slug + "/accounts']"))
                .click();
        session.waitUntil(presenceOfElementLocated(By.id("accounts")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Membre de la scierie");
        new Select(browser.findElement(By.id("role"))).selectByValue("MEMBER");
        new Select(browser.findElement(By.id("companyId"))).selectByValue(String.valueOf(company));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        session.waitUntil(presenceOfElementLocated(By.id("invitation-link")));
        assertThat(text(By.cssSelector("#invitation-link p.info"))).contains(username);
        assertThat(text(By.id("accounts"))).contains(username, "Membre de la scierie");
        String url = text(By.cssSelector("#invitation-link code"));
        return baseUrl() + url.substring(url.indexOf("/invitation/"));
    }

    void directory(TestInitiative which) {
        browser.get(baseUrl() + "/companies?initiative=" + which.slug);
        session.waitUntil(presenceOfElementLocated(By.id("directory-total")));
    }

    void importsPage(TestInitiative which) {
        browser.get(baseUrl() + "/initiatives/" + which.slug + "/imports");
        session.waitUntil(presenceOfElementLocated(By.id("import-upload")));
    }

    void companyFile(long id) {
        browser.get(baseUrl() + "/companies/" + id);
        session.waitUntil(presenceOfElementLocated(By.id("flows")));
    }

    String total() {
        return text(By.id("directory-total"));
    }

    /** An element's text, no-break spaces read as spaces. */
    String text(By by) {
        return browser.findElement(by).getText().replace('\u00a0', ' ').strip();
    }

    List<String> directoryNames() {
        return browser.findElements(By.cssSelector("#companies tbody td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A company as its initiative's facilitator reads it: its directory row, its sites, its flows. */
    record Shown(String row, List<String> siteNames, List<String> siteCommunes, String flows) {}

    /** Each company of an initiative as the facilitator reads it, by name. */
    Map<String, Shown> companiesAsShown(TestInitiative which) {
        directory(which);
        Map<String, String> rows = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#companies tbody tr"))) {
            WebElement link = row.findElement(By.cssSelector("td:first-child a"));
            rows.put(link.getText(), row.getText());
            links.put(link.getText(), link.getDomAttribute("href"));
        }
        Map<String, Shown> shown = new TreeMap<>();
        for (var company : links.entrySet()) {
            browser.get(baseUrl() + company.getValue());
            session.waitUntil(presenceOfElementLocated(By.id("flows")));
            shown.put(
                    company.getKey(),
                    new Shown(
                            rows.get(company.getKey()),
                            texts(By.cssSelector("#sites li > span:first-child")),
                            texts(By.cssSelector("#sites li > span:not(:first-child):not(.note)")),
                            text(By.id("flows"))));
        }
        return shown;
    }

    List<String> texts(By by) {
        return browser.findElements(by).stream()
                .map(e -> e.getText().replace('\u00a0', ' ').strip())
                .toList();
    }

    // --- Imports

    void send(String name, byte[] content) {
        browser.findElement(By.id("import-file"))
                .sendKeys(session.file(name, content).toString());
        browser.findElement(By.id("send-import")).click();
    }

    /** Confirms the preview and waits until the page, following the progress, says it is saved. */
    void confirmImport() {
        browser.findElement(By.id("confirm-import")).click();
        session.waitUntil(presenceOfElementLocated(By.id("import-applied")));
    }

    /** The rows of the error table: file, line, column, message. */
    List<List<String>> errorRows() {
        return browser.findElements(By.cssSelector("#import-errors tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().replace('\u00a0', ' ').strip())
                        .toList())
                .toList();
    }
}
