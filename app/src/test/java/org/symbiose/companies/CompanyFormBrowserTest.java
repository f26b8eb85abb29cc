package org.symbiose.companies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.symbiose.BrowserSession;
import org.symbiose.ids.InitiativeId;

/**
 * ADETO's facilitator creates a company in a real browser (Debian Chromium, headless, no network for
 * map tiles): the commune is chosen among the suggestions, a second site is added and placed by a
 * click on its map; then the company is in the directory. Fails, never skips, when the browser cannot start.
 */
class CompanyFormBrowserTest extends CompanyTestSupport {

    static final String NAME = "Palettes du Brusc";

    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        session = BrowserSession.start();
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void facilitatorCreatesACompanyWithACommuneChosenAmongSuggestionsAndFindsItInTheDirectory() {
        session.logIn(baseUrl(), "animation.adeto");
        browser.get(baseUrl() + "/companies?initiative=adeto");
        browser.findElement(By.id("new-company")).click();
        session.waitUntil(ExpectedConditions.urlContains("/companies/new"));

        browser.findElement(By.name("name")).sendKeys(NAME);
        browser.findElement(By.name("naf")).sendKeys("emballages en bois");
        session.suggestion(By.name("naf"), "16.24Z").click();
        assertThat(browser.findElement(By.name("naf")).getAttribute("value")).isEqualTo("16.24Z");
        browser.findElement(By.name("sites[0].name")).sendKeys("Atelier");
        browser.findElement(By.name("sites[0].commune")).sendKeys("Ollioul");
        session.suggestion(By.name("sites[0].commune"), "Ollioules (83090)").click();
        assertThat(browser.findElement(By.name("sites[0].commune")).getAttribute("value"))
                .isEqualTo("Ollioules (83090)");

        browser.findElement(By.id("add-site")).click();
        WebElement second =
                browser.findElements(By.cssSelector("#sites .site-row")).get(1);
        second.findElement(By.name("sites[1].name")).sendKeys("Dépôt");
        session.waitUntil(d -> !second.findElements(By.cssSelector(".site-map.leaflet-container"))
                .isEmpty());
        second.findElement(By.cssSelector(".site-map")).click();
        session.waitUntil(d -> !second.findElement(By.name("sites[1].latitude"))
                .getAttribute("value")
                .isEmpty());

        browser.findElement(By.cssSelector("form.company-form .toolbar button[type=submit]"))
                .click();
        session.waitUntil(ExpectedConditions.urlMatches("/companies/\\d+$"));
        assertThat(browser.findElement(By.cssSelector("main p.info")).getText()).isEqualTo("Entreprise créée.");
        assertThat(browser.findElement(By.id("sites")).getText()).contains("Atelier · Ollioules", "Dépôt");

        browser.get(baseUrl() + "/companies?initiative=adeto&q=Palettes"); // 50 companies a page: searched
        assertThat(browser.findElements(By.cssSelector("#companies tbody td:first-child a")))
                .extracting(WebElement::getText)
                .contains(NAME);
        Company saved = companies.listByInitiative(new InitiativeId(adeto)).stream()
                .filter(c -> c.name().equals(NAME))
                .findFirst()
                .orElseThrow();
        assertThat(saved.sites().get(0).communeInsee()).isEqualTo("83090");
        assertThat(saved.sites().get(1).point().isInProvenceAlpesCoteDAzur()).isTrue();
    }
}
