package org.symbiose.synergies;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.symbiose.HeadlessChromium;

/**
 * ADETO's facilitator follows a retained proposal on the board in a real browser (Debian Chromium,
 * headless): with the keyboard only it goes "en cours" then "réalisée", focus staying on the card; a
 * realised card offers no move, and dropping it on another column is refused with the life cycle's
 * reason. The drop is driven by dispatching the HTML5 drag events to the board's script (Selenium's
 * mouse drag does not produce HTML5 drag events in headless Chromium), so the script's path to the
 * server is the one tested. Fails, never skips, when the browser cannot start.
 */
class SynergyBoardBrowserTest extends SynergyTestSupport {

    Path profile;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("symbiose-chromium-");
        browser = HeadlessChromium.start(HeadlessChromium.options(profile));
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
    void aRetainedProposalIsMovedToInProgressThenRealisedWithTheKeyboardOnly() {
        long id = retained(TITLE);
        logIn("animation.adeto", "demo");
        browser.get(baseUrl() + "/initiatives/adeto/synergies");
        assertThat(columnOf(id)).isEqualTo("PERSPECTIVE");

        // From the card (where Tab lands on it), Tab to its title's link, Tab to its first move, Enter.
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", card(id));
        press(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Démarrer");
        enter();
        waitUntilFocusedOn(id);
        assertThat(columnOf(id)).isEqualTo("IN_PROGRESS");
        assertThat(browser.findElement(By.cssSelector("p.info")).getText()).contains("en cours");

        press(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Marquer réalisée");
        enter();
        waitUntilFocusedOn(id);
        assertThat(columnOf(id)).isEqualTo("REALISED");
        assertThat(card(id).findElements(By.cssSelector("button, summary"))).isEmpty();
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.REALISED);
    }

    @Test
    void aDropMovesACardAndAnIllegalDropIsRefusedWithTheReason() {
        long id = retained(TITLE);
        logIn("animation.adeto", "demo");
        browser.get(baseUrl() + "/initiatives/adeto/synergies");

        drop(id, "IN_PROGRESS");
        waitUntilFocusedOn(id);
        assertThat(columnOf(id)).isEqualTo("IN_PROGRESS");

        drop(id, "PERSPECTIVE");
        waitUntilFocusedOn(id);
        assertThat(browser.findElement(By.cssSelector(".synergy-refusal")).getText())
                .contains("Une synergie en cours ne revient pas en perspective");
        assertThat(columnOf(id)).isEqualTo("IN_PROGRESS");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.IN_PROGRESS);
    }

    /** The HTML5 drag events a mouse drag of the card onto the column makes, sent to the board's script. */
    void drop(long id, String column) {
        WebElement before = browser.findElement(By.tagName("main"));
        ((JavascriptExecutor) browser).executeScript("""
                        const card = arguments[0];
                        const column = document.querySelector('.synergy-column[data-status="' + arguments[1] + '"]');
                        const data = new DataTransfer();
                        const fire = (target, type) => target.dispatchEvent(
                            new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                        fire(card, 'dragstart');
                        fire(column, 'dragover');
                        fire(column, 'drop');
                        """, card(id), column);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Enter on the focused move button, then the board again. */
    void enter() {
        WebElement before = browser.findElement(By.tagName("main"));
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
    }

    void press(CharSequence... keys) {
        var actions = new Actions(browser);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    WebElement card(long id) {
        return browser.findElement(By.id("synergy-" + id));
    }

    String columnOf(long id) {
        return card(id).findElement(By.xpath("ancestor::section[contains(@class, 'synergy-column')]"))
                .getDomAttribute("data-status");
    }

    void waitUntilFocusedOn(long id) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(page ->
                        ("synergy-" + id).equals(page.switchTo().activeElement().getDomAttribute("id"))
                                && page.getCurrentUrl().contains("moved=" + id));
    }

    void logIn(String username, String password) {
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
