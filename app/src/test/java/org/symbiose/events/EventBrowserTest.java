package org.symbiose.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.BrowserSession;
import org.symbiose.WebTestBase;
import org.symbiose.impacts.FiguresService;
import org.symbiose.impacts.Metric;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.initiatives.KeyFigure;

/**
 * The ADETO facilitator records a workshop with two attending companies in a real browser (Debian
 * Chromium, headless) and sees the workshop count the platform computes change on the initiative's
 * sheet. ADETO's sheet gets a key figure of workshops for the test, then its own figures back.
 */
class EventBrowserTest extends WebTestBase {

    static final String LABEL = "Ateliers animés (test)";
    static final String TITLE = "Atelier du navigateur";

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    EventRepository events;

    @Autowired
    FiguresService figures;

    @Autowired
    JdbcClient jdbc;

    List<KeyFigure> originalFigures;
    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void addAWorkshopFigureAndStartTheBrowser() throws IOException {
        Initiative adeto = initiatives.getBySlug("adeto");
        originalFigures = adeto.keyFigures();
        var figuresWithWorkshops = new ArrayList<>(originalFigures);
        figuresWithWorkshops.add(new KeyFigure(BigDecimal.ONE, null, LABEL, Metric.WORKSHOPS));
        initiatives.save(adeto.reviseKeyFigures(figuresWithWorkshops), initiatives.networkIdOf(adeto.id()));
        session = BrowserSession.start();
        browser = session.driver();
    }

    @AfterEach
    void putAdetoBack() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            Initiative adeto = initiatives.getBySlug("adeto");
            for (Event e : events.listByInitiative(adeto.id())) {
                if (e.title().equals(TITLE)) {
                    events.delete(
                            adeto.id(),
                            e.id(),
                            events.version(adeto.id(), e.id()).orElseThrow());
                }
            }
            jdbc.sql("delete from event_change where title = ?").param(TITLE).update();
            initiatives.save(adeto.reviseKeyFigures(originalFigures), initiatives.networkIdOf(adeto.id()));
            figures.forgetAll();
        }
    }

    @Test
    void facilitatorRecordsAWorkshopAndSeesTheCountOnTheSheetChange() {
        session.logIn(baseUrl(), "animation.adeto");
        browser.get(baseUrl() + "/initiatives/adeto");
        assertThat(computedOnSheet()).isEqualTo("Calculé par la plateforme : 1 atelier");

        browser.findElement(By.linkText("Événements")).click();
        browser.findElement(By.id("new-event")).click();
        new Select(browser.findElement(By.name("kind"))).selectByVisibleText("Atelier");
        browser.findElement(By.name("title")).sendKeys(TITLE);
        WebElement date = browser.findElement(By.name("heldOn"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-03-12';", date);
        browser.findElement(By.name("theme")).sendKeys("bois et palettes");
        List<WebElement> companies = browser.findElements(By.name("attendees"));
        companies.get(0).click();
        companies.get(1).click();
        browser.findElement(By.cssSelector("#event-form button[type=submit]")).click();

        session.waitUntil(ExpectedConditions.urlMatches("/initiatives/adeto/events$"));
        assertThat(browser.findElement(By.cssSelector("p.info")).getText()).contains(TITLE);
        WebElement row =
                browser.findElement(By.xpath("//table[@id='events']//tr[td[normalize-space()='" + TITLE + "']]"));
        assertThat(row.getText()).contains("Atelier", "12 mars 2024", "bois et palettes");

        browser.get(baseUrl() + "/initiatives/adeto");
        assertThat(computedOnSheet()).isEqualTo("Calculé par la plateforme : 2 ateliers");
    }

    /** The computed value the sheet shows beside the workshops figure, spaces made plain. */
    String computedOnSheet() {
        return browser.findElement(By.xpath("//section[@id='key-figures']//td[.//*[contains(@class, 'figure-label')"
                        + " and normalize-space()='" + LABEL + "']]//*[contains(@class, 'figure-computed')]"))
                .getText()
                .replace('\u00a0', ' ')
                .strip();
    }
}
