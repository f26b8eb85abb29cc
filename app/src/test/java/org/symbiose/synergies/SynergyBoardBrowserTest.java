package org.symbiose.synergies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.symbiose.HeadlessChromium;
import org.symbiose.ids.SynergyId;

/**
 * ADETO's facilitator follows a retained proposal on the board in a real browser (Debian Chromium,
 * headless): with the keyboard only it goes "en cours" then "réalisée", moved in place by htmx (the page
 * is never loaded again: a mark set on the window survives), focus staying on the card, the counts and
 * the live region saying so; a realised card offers no move, and an illegal drop is refused next to the
 * card with the life cycle's reason. The drop is driven by dispatching the HTML5 drag events to the board's script (Selenium's
 * mouse drag does not produce HTML5 drag events in headless Chromium), so the script's path to the
 * server is the one tested. Fails, never skips, when the browser cannot start.
 */
class SynergyBoardBrowserTest extends SynergyTestSupport {

    Path profile;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("symbiose-chromium-");
        var options = HeadlessChromium.options(profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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
    void aRetainedProposalIsMovedToInProgressThenRealisedWithTheKeyboardOnlyWithoutReloadingTheBoard() {
        SynergyId id = retained(TITLE);
        logIn("animation.adeto", "demo");
        browser.get(baseUrl() + "/initiatives/adeto/synergies");
        assertThat(columnOf(id)).isEqualTo("PERSPECTIVE");
        int inProgress = count("IN_PROGRESS");
        markThePage();

        // From the card (where Tab lands on it), Tab to its title's link, Tab to its first move, Enter.
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", card(id));
        press(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Démarrer");
        press(Keys.ENTER);
        waitUntilIn(id, "IN_PROGRESS");
        assertThat(count("IN_PROGRESS")).isEqualTo(inProgress + 1);
        assertThat(browser.findElement(By.id("board-announce")).getAttribute("textContent"))
                .isEqualTo("«\u00a0" + TITLE + "\u00a0» passée en cours.");
        assertThat(thePageIsStillTheOneMarked()).isTrue();

        press(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Marquer réalisée");
        press(Keys.ENTER);
        waitUntilIn(id, "REALISED");
        assertThat(card(id).findElements(By.cssSelector("button, summary"))).isEmpty();
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.REALISED);
        assertThat(count("IN_PROGRESS")).isEqualTo(inProgress);
        assertThat(thePageIsStillTheOneMarked()).isTrue();
        assertThat(policyViolations())
                .as("htmx runs under the Content-Security-Policy")
                .isEmpty();
    }

    List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    @Test
    void aDropMovesACardInPlaceAndAnIllegalDropIsRefusedNextToTheCardWithTheReason() {
        SynergyId id = retained(TITLE);
        logIn("animation.adeto", "demo");
        browser.get(baseUrl() + "/initiatives/adeto/synergies");
        markThePage();

        drop(id, "IN_PROGRESS");
        waitUntilIn(id, "IN_PROGRESS");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.IN_PROGRESS);

        drop(id, "PERSPECTIVE");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(page -> !page.findElements(By.cssSelector("#synergy-" + id + " .synergy-refusal"))
                        .isEmpty());
        waitUntilIn(id, "IN_PROGRESS");
        assertThat(browser.findElement(By.cssSelector("#synergy-" + id + " .synergy-refusal"))
                        .getText())
                .contains("Une synergie en cours ne revient pas en perspective");
        assertThat(stored(id).status()).isEqualTo(SynergyStatus.IN_PROGRESS);
        assertThat(thePageIsStillTheOneMarked()).isTrue();
    }

    /** The HTML5 drag events a mouse drag of the card onto the column makes, sent to the board's script. */
    void drop(SynergyId id, String column) {
        ((JavascriptExecutor) browser).executeScript("""
                        const card = arguments[0];
                        const column = document.querySelector('.synergy-column[data-status="' + arguments[1] + '"]');
                        const data = new DataTransfer();
                        const fire = (target, type) => target.dispatchEvent(
                            new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                        fire(card, 'dragstart');
                        fire(column, 'dragover');
                        fire(column, 'drop');
                        fire(card, 'dragend');
                        """, card(id), column);
    }

    /** A mark on the window: a page loaded again (a form posted the plain way) would not have it. */
    void markThePage() {
        ((JavascriptExecutor) browser).executeScript("window.boardMark = 'not reloaded';");
    }

    boolean thePageIsStillTheOneMarked() {
        return "not reloaded".equals(((JavascriptExecutor) browser).executeScript("return window.boardMark;"));
    }

    int count(String column) {
        return Integer.parseInt(browser.findElement(By.id("count-" + column)).getText());
    }

    void press(CharSequence... keys) {
        var actions = new Actions(browser);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    WebElement card(SynergyId id) {
        return browser.findElement(By.id("synergy-" + id));
    }

    /** The column the card is in, read at once (the card is swapped while a move lands). */
    String columnOf(SynergyId id) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const card = document.getElementById(arguments[0]);
                return card ? card.closest('.synergy-column').getAttribute('data-status') : null;
                """, "synergy-" + id);
    }

    /** Until the card is in that column and has the focus. */
    void waitUntilIn(SynergyId id, String column) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> column.equals(columnOf(id))
                        && ("synergy-" + id)
                                .equals(page.switchTo().activeElement().getDomAttribute("id")));
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
