package org.symbiose.flows;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.symbiose.HeadlessChromium;

/**
 * A facilitator types three flows in a real browser (Debian Chromium, headless) with the keyboard only:
 * Tab to the next cell, Enter to the next row, letters and digits. The engine's reading appears under
 * the label; after a reload the three flows are there. One is then deleted through the confirmation
 * dialog, answered with the keyboard. Works on a company of its own, removed afterwards.
 */
class FlowGridBrowserTest extends FlowTestBase {

    Path profile;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        profile = Files.createTempDirectory("symbiose-chromium-");
        var options = HeadlessChromium.options(profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = HeadlessChromium.start(options);
    }

    @AfterEach
    void stop() throws IOException {
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
    void aFacilitatorTypesThreeFlowsWithTheKeyboardFindsThemAfterAReloadAndDeletesOne() {
        logIn("animation.adeto", "demo");
        browser.get(baseUrl() + "/companies/" + company.id + "/flows");
        errorsInConsole(); // what the login and home pages logged
        // Focus lands in the first cell without a click; from there on, keys only. Enter goes to the same
        // column of the next row (a new row appears as one types), Shift+Tab back to its label.
        cell(0, "label").sendKeys("");
        keys(
                "Palettes bois cassées",
                Keys.TAB,
                "150103",
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                "12",
                Keys.TAB,
                "t",
                Keys.ENTER);
        assertThat(browser.switchTo().activeElement()).isEqualTo(cell(1, "unit"));
        waitUntil(d -> reading(0).startsWith("lu comme Palettes"));
        assertThat(reading(0)).contains("confiance");

        back(5);
        assertThat(browser.switchTo().activeElement()).isEqualTo(cell(1, "label"));
        keys("Sciure de bois", Keys.TAB, "030105", Keys.ENTER);
        assertThat(browser.switchTo().activeElement()).isEqualTo(cell(2, "ewc"));
        back(1);
        keys(
                "Chaleur fatale du four",
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                "85",
                Keys.ENTER);
        back(7);
        waitUntil(d -> savedRows() == 3);
        assertThat(reading(2)).startsWith("lu comme ");

        // Escape cancels what is typed in a row.
        keys("Rien du tout");
        keys(Keys.ESCAPE);
        assertThat(browser.switchTo().activeElement().getAttribute("value")).isEmpty();

        browser.navigate().refresh();
        assertThat(labels()).containsExactly("Palettes bois cassées", "Sciure de bois", "Chaleur fatale du four", "");
        assertThat(flows.listByCompany(company.id))
                .extracting(
                        Flow::label,
                        f -> f.quantity() == null ? null : f.quantity().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Palettes bois cassées", 12),
                        org.assertj.core.groups.Tuple.tuple("Sciure de bois", null),
                        org.assertj.core.groups.Tuple.tuple("Chaleur fatale du four", null));
        assertThat(flows.listByCompany(company.id).get(2).temperatureC()).isEqualByComparingTo("85");
        assertThat(flows.listByCompany(company.id).get(0).ewc()).isEqualTo("150103");

        row(1).findElement(By.cssSelector(".delete-row")).sendKeys(Keys.ENTER);
        WebElement dialog = browser.findElement(By.id("confirm-delete"));
        waitUntil(ExpectedConditions.attributeToBeNotEmpty(dialog, "open"));
        assertThat(dialog.getText()).contains("Sciure de bois");
        back(1);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Supprimer le flux");
        keys(Keys.ENTER);
        waitUntil(d -> labels().size() == 3);
        waitUntil(d -> browser.findElement(By.id("history")).getText().contains("a supprimé"));

        browser.navigate().refresh();
        assertThat(labels()).containsExactly("Palettes bois cassées", "Chaleur fatale du four", "");
        assertThat(browser.findElement(By.id("history")).getText().replace('\u00a0', ' '))
                .contains("Animation ADETO · a supprimé « Sciure de bois »");
        assertThat(errorsInConsole()).isEmpty();
    }

    /** Shift+Tab, so many times: back to a previous cell. */
    void back(int cells) {
        var actions = new Actions(browser).keyDown(Keys.SHIFT);
        for (int i = 0; i < cells; i++) {
            actions.sendKeys(Keys.TAB);
        }
        actions.keyUp(Keys.SHIFT).perform();
    }

    void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#flow-grid tbody tr"));
    }

    WebElement row(int index) {
        return rows().get(index);
    }

    WebElement cell(int row, String name) {
        return row(row).findElement(By.name(name));
    }

    String reading(int row) {
        return row(row).findElement(By.cssSelector(".reading")).getText();
    }

    long savedRows() {
        return rows().stream()
                .map(r -> r.getDomAttribute("data-id"))
                .filter(id -> id != null && !id.isEmpty())
                .count();
    }

    List<String> labels() {
        return rows().stream()
                .map(r -> r.findElement(By.name("label")).getAttribute("value"))
                .toList();
    }

    List<String> errorsInConsole() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico"))
                .map(LogEntry::getMessage)
                .toList();
    }

    void logIn(String username, String password) {
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void waitUntil(ExpectedCondition<?> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            // Said what the grid shows, so that the failure says why.
            throw new AssertionError(
                    "waited in vain; rows: "
                            + rows().stream()
                                    .map(r -> r.getDomAttribute("data-id") + " "
                                            + r.getText().replace('\n', '|'))
                                    .toList()
                            + "; console: " + errorsInConsole(),
                    e);
        }
    }
}
