package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.symbiose.HeadlessChromium;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * In a real browser: the facilitator of an initiative of the test's own opens the opportunities, whose
 * run ends into the list, retains one proposal, dismisses another with a reason, reruns, and finds the
 * dismissed one gone from the list and under "Écartées".
 */
class OpportunitiesBrowserTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    OpportunityTestData data;
    Path profile;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        data = OpportunityTestData.open(mvc, users, jdbc, initiatives, accounts, passwords);
        profile = Files.createTempDirectory("symbiose-chromium-");
        browser = HeadlessChromium.start(HeadlessChromium.options(profile));
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            data.close();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void facilitatorRunsRetainsDismissesAndRerunsWithTheDismissedOneGone() {
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(data.facilitator);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(baseUrl() + "/initiatives/" + data.slug + "/opportunities");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
        assertThat(browser.findElements(By.id("opportunity-run")))
                .as("the run has ended")
                .isEmpty();

        WebElement first = rows().get(0);
        String retained = first.getAttribute("data-key");
        first.findElement(By.cssSelector("button.retain")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("retained-notice")));
        assertThat(browser.findElement(By.id("retained-notice"))
                        .findElement(By.tagName("a"))
                        .getAttribute("href"))
                .contains("/initiatives/" + data.slug + "/synergies/");
        assertThat(keys()).doesNotContain(retained);

        WebElement second = rows().get(0);
        String dismissed = second.getAttribute("data-key");
        second.findElement(By.cssSelector("details.dismiss summary")).click();
        new Select(second.findElement(By.name("reason-choice"))).selectByValue("COMPANY_REFUSED");
        second.findElement(By.name("reason")).sendKeys("Le directeur ne veut pas");
        second.findElement(By.cssSelector("button.confirm-dismiss")).click();
        waitUntil(d -> !keys().contains(dismissed));

        browser.findElement(By.id("rerun")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
        assertThat(keys()).doesNotContain(dismissed).doesNotContain(retained);

        browser.findElement(By.cssSelector(".opportunity-tabs a:last-child")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("dismissed")));
        WebElement row = browser.findElement(By.cssSelector("#dismissed tr[data-key='" + dismissed + "']"));
        assertThat(row.getText()).contains("Refusée par une entreprise").contains("Le directeur ne veut pas");
    }

    java.util.List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#proposals tbody tr"));
    }

    java.util.List<String> keys() {
        return rows().stream().map(r -> r.getAttribute("data-key")).toList();
    }

    <T> void waitUntil(ExpectedCondition<T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
