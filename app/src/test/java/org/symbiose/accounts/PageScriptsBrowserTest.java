package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.HeadlessChromium;
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
    Path profile;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        originalName = jdbc.sql("select name from initiative where slug = 'adeto'")
                .query(String.class)
                .single();
        profile = Files.createTempDirectory("symbiose-chromium-");
        var options = HeadlessChromium.options(profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = HeadlessChromium.start(options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            jdbc.sql("update initiative set name = ?, version = version + 1 where slug = 'adeto'")
                    .param(originalName)
                    .update();
            initiatives.forgetCached();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void mapShowsAHostileNameAsTextUnderThePolicy() {
        jdbc.sql("update initiative set name = ?, version = version + 1 where slug = 'adeto'")
                .param(NAME)
                .update();
        initiatives.forgetCached();

        browser.get(baseUrl() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".leaflet-tooltip.initiative-label")));

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
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(policyViolations()).isEmpty();
    }

    List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}
