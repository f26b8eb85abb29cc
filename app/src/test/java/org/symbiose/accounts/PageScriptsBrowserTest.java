package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.BrowserSession;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * In a real browser (Debian Chromium, headless): the map shows a hostile initiative name as text,
 * and the pages run under the Content-Security-Policy without a single violation. Fails, never
 * skips, when the browser cannot start.
 */
class PageScriptsBrowserTest extends WebTestBase {

    static final String NAME = "ADETO<img src=x onerror=document.title='pwned'>";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    String originalName;
    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        originalName = jdbc.sql("select name from initiative where slug = 'adeto'")
                .query(String.class)
                .single();
        session = BrowserSession.start(); // keeps the browser's console
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            jdbc.sql("update initiative set name = ?, version = version + 1 where slug = 'adeto'")
                    .param(originalName)
                    .update();
            initiatives.forgetCached();
        }
    }

    @Test
    void mapShowsAHostileNameAsTextUnderThePolicy() {
        jdbc.sql("update initiative set name = ?, version = version + 1 where slug = 'adeto'")
                .param(NAME)
                .update();
        initiatives.forgetCached();

        browser.get(baseUrl() + "/");
        session.waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-tooltip.initiative-label")));

        List<String> labels = browser.findElements(By.cssSelector(".leaflet-tooltip.initiative-label")).stream()
                .map(label -> label.getText().strip())
                .toList();
        assertThat(labels).contains(NAME);
        assertThat(browser.findElements(By.cssSelector("#map img[src='x']"))).isEmpty();
        assertThat(browser.getTitle()).doesNotContain("pwned");
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void sheetAndApiDocumentationRunUnderThePolicy() {
        browser.get(baseUrl() + "/initiatives/piicto");
        assertThat(browser.findElement(By.cssSelector(".sheet h2")).getCssValue("background-color"))
                .as("the sheet's stylesheet applies")
                .isEqualTo("rgba(11, 110, 79, 1)");
        browser.get(baseUrl() + "/swagger-ui/index.html");
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(policyViolations()).isEmpty();
    }

    List<String> policyViolations() {
        return session.consoleMessages(Level.WARNING).stream()
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}
