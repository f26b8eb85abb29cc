package org.symbiose.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.HeadlessChromium;
import org.symbiose.WebTestBase;
import org.symbiose.initiatives.InitiativeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real browser (Debian Chromium, headless): D3 draws every chart under the Content-Security-Policy
 * without a violation, and the table beside each chart shows the numbers the API gives. Fails, never
 * skips, when the browser cannot start.
 */
class DashboardBrowserTest extends WebTestBase {

    @Autowired
    JsonMapper json;

    @Autowired
    InitiativeRepository initiatives;

    Path profile;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
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
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theNetworkChartsRenderAndTheirTablesShowTheApisNumbers() throws Exception {
        browser.get(baseUrl() + "/network/dashboard");
        waitForCharts();

        JsonNode periods = api("/api/v1/network/dashboard", null).get("periods");
        assertTablesMatch(periods);
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void theFacilitatorSeesTheInitiativesChartsWithTheApisNumbers() throws Exception {
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys("animation.adeto");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(baseUrl() + "/initiatives/adeto/dashboard");
        waitForCharts();

        long adeto = initiatives.getBySlug("adeto").id().value();
        assertTablesMatch(api("/api/v1/initiatives/" + adeto + "/dashboard", "animation.adeto")
                .get("periods"));
        List<WebElement> bars = browser.findElements(By.cssSelector("#dashboard-status svg .bars rect"));
        assertThat(bars).as("ADETO's synergies drawn as bars").isNotEmpty();
        assertThat(policyViolations()).isEmpty();
    }

    void waitForCharts() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".dashboard-chart svg"), 5));
        assertThat(browser.findElements(By.cssSelector("#dashboard-tonnes svg .line path")))
                .hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#dashboard-status svg .axis-x .tick")))
                .isNotEmpty();
    }

    /** Each table's rows, read as a reader sees them (French numbers), equal the API's periods. */
    void assertTablesMatch(JsonNode periods) {
        List<WebElement> statusRows = browser.findElements(By.cssSelector("#table-status tbody tr"));
        List<WebElement> tonnesRows = browser.findElements(By.cssSelector("#table-tonnes tbody tr"));
        List<WebElement> engagementRows = browser.findElements(By.cssSelector("#table-engagement tbody tr"));
        assertThat(statusRows).hasSize(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            JsonNode p = periods.get(i);
            JsonNode statuses = p.get("synergiesByStatus");
            assertThat(cells(statusRows.get(i)))
                    .as(p.get("period").asString())
                    .containsExactly(
                            statuses.get("PERSPECTIVE").decimalValue(),
                            statuses.get("IN_PROGRESS").decimalValue(),
                            statuses.get("REALISED").decimalValue(),
                            statuses.get("ABANDONED").decimalValue());
            assertThat(cells(tonnesRows.get(i)))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(
                            p.get("tonnesRealised").decimalValue(),
                            p.get("tonnesPotential").decimalValue());
            assertThat(cells(engagementRows.get(i)))
                    .containsExactly(
                            p.get("diagnostics").decimalValue(),
                            p.get("companiesEngaged").decimalValue());
        }
    }

    /** The numbers of a row as the page writes them: "16 000" or "1 234,5" read back as numbers. */
    static List<BigDecimal> cells(WebElement row) {
        List<BigDecimal> values = new ArrayList<>();
        for (WebElement cell : row.findElements(By.tagName("td"))) {
            String text = cell.getText().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
            values.add(new BigDecimal(text));
        }
        return values;
    }

    JsonNode api(String path, String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request = request.with(httpBasic(username, "demo"));
        }
        return json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught"))
                .toList();
    }
}
