package org.symbiose.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.symbiose.BrowserSession;
import org.symbiose.TestInitiative;
import org.symbiose.companies.Company;
import org.symbiose.ids.InitiativeId;

/**
 * A facilitator imports in a real browser (Debian Chromium, headless): a file with an error is refused
 * with the error's line, the corrected file gives a preview, the confirmation writes it (the page follows
 * the progress through import.js) and the companies appear in the directory. Fails, never skips, when the
 * browser cannot start.
 */
class ImportBrowserTest extends ImportTestBase {

    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        session = BrowserSession.start(); // downloads (the exports) land in its folder without a prompt
        browser = session.driver();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    void upload(String name, byte[] content) {
        browser.findElement(By.id("import-file"))
                .sendKeys(session.file(name, content).toString());
        browser.findElement(By.id("send-import")).click();
    }

    @Test
    void facilitatorCorrectsAnErrorImportsAndFindsTheCompaniesInTheDirectory() throws Exception {
        session.logIn(baseUrl(), initiative.facilitator);
        browser.get(baseUrl() + "/initiatives/" + initiative.slug + "/imports");

        upload("entreprises.zip", ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS_WITH_ERRORS));
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
        String errors = browser.findElement(By.id("import-errors")).getText();
        assertThat(errors)
                .contains("2 erreurs à corriger")
                .contains("flows.csv 3 quantity")
                .contains("n’est pas un nombre");

        upload("entreprises-corrige.zip", ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS));
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
        assertThat(browser.findElement(By.id("preview-companies")).getText())
                .as("Selenium reads no-break spaces as spaces")
                .isEqualTo("Entreprises : 2 nouvelles, 0 modifiée, 0 inchangée.");
        browser.findElement(By.id("confirm-import")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-applied")));

        browser.findElement(By.id("see-companies")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("companies")));
        assertThat(browser.findElement(By.id("companies")).getText())
                .contains("Menuiserie du Var")
                .contains("Chaufferie urbaine");
    }

    /**
     * The round trip a facilitator makes when an initiative splits or moves: the data imported above is
     * exported from the imports page (.zip, downloaded by the browser), then sent through the imports
     * page of a new, empty initiative and confirmed; both hold the same companies and flows, field by field.
     */
    @Test
    void facilitatorExportsFromThePageAndImportsTheFileIntoANewInitiative() throws Exception {
        TestInitiative copy = ImportTestData.initiative(mvc, context);
        try {
            initiative.alsoFacilitates(copy.id);
            session.logIn(baseUrl(), initiative.facilitator);
            browser.get(baseUrl() + "/initiatives/" + initiative.slug + "/imports");
            upload("entreprises.zip", ImportTestData.zip(ImportTestData.ACTORS, ImportTestData.FLOWS));
            session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirm-import")));
            browser.findElement(By.id("confirm-import")).click();
            session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-applied")));

            browser.get(baseUrl() + "/initiatives/" + initiative.slug + "/imports");
            browser.findElement(By.cssSelector("a[href$='/export.zip']")).click();
            Path exported = session.downloaded(".zip");

            browser.get(baseUrl() + "/initiatives/" + copy.slug + "/imports");
            browser.findElement(By.id("import-file")).sendKeys(exported.toString());
            browser.findElement(By.id("send-import")).click();
            session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
            assertThat(browser.findElement(By.id("preview-companies")).getText())
                    .isEqualTo("Entreprises : 2 nouvelles, 0 modifiée, 0 inchangée.");
            browser.findElement(By.id("confirm-import")).click();
            session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("import-applied")));

            List<Company> original = companies.listByInitiative(new InitiativeId(initiative.id));
            List<Company> copied = companies.listByInitiative(new InitiativeId(copy.id));
            assertThat(copied).hasSize(2);
            assertThat(copied)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "initiativeId")
                    .containsExactlyElementsOf(original);
            assertThat(ExportTest.comparable(flows.listByInitiative(new InitiativeId(copy.id)), copied))
                    .hasSize(4)
                    .containsExactlyElementsOf(
                            ExportTest.comparable(flows.listByInitiative(new InitiativeId(initiative.id)), original));
        } finally {
            copy.close();
        }
    }
}
