package org.symbiose;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium with a profile of its own for one browser test, and what every such test does with
 * it: log in a demo-password account, wait for a page's state, press keys, read the console, download a
 * file. Closing quits the browser and deletes its folder (profile and downloads), even when the browser
 * never started. Waits are explicit and long enough for a loaded machine; a test never sleeps.
 */
public final class BrowserSession implements AutoCloseable {

    /** How long a wait lasts before the test fails: generous, the build machine is shared. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path folder;
    private final WebDriver driver;

    private BrowserSession(Path folder, WebDriver driver) {
        this.folder = folder;
        this.driver = driver;
    }

    public static BrowserSession start() throws IOException {
        return start(options -> {});
    }

    /**
     * A session whose browser also keeps its console (read by {@link #consoleMessages}) and downloads into
     * {@link #downloads()} without asking; {@code more} adds what a test needs beyond that.
     */
    public static BrowserSession start(Consumer<ChromeOptions> more) throws IOException {
        Path folder = Files.createTempDirectory("symbiose-chromium-");
        try {
            ChromeOptions options = HeadlessChromium.options(folder.resolve("profile"));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                            folder.resolve("downloads").toString(),
                            "download.prompt_for_download",
                            false));
            more.accept(options);
            return new BrowserSession(folder, HeadlessChromium.start(options));
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** A folder of this session's own, for files a test writes (uploads); deleted on close. */
    public Path folder() {
        return folder;
    }

    /** Where the browser puts what it downloads (created by the first download). */
    public Path downloads() {
        return folder.resolve("downloads");
    }

    /** Logs in through the login page an account whose password is {@code demo}. */
    public void logIn(String baseUrl, String username) {
        logIn(baseUrl, username, "demo");
    }

    public void logIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Forgets who is logged in (the session cookie goes), so that another account can log in. */
    public void logOut() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Waits until the condition holds. An element that htmx swapped out while the condition read it is
     * no failure: the condition is read again on the new page.
     */
    public void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Keys pressed one after the other on whatever has the focus. */
    public void press(CharSequence... keys) {
        var actions = new Actions(driver);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    /** Shift+Tab, so many times: back to a previous field. */
    public void pressShiftTab(int times) {
        var actions = new Actions(driver).keyDown(Keys.SHIFT);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(Keys.TAB);
        }
        actions.keyUp(Keys.SHIFT).perform();
    }

    /**
     * The console messages logged since the last call, at least as grave as {@code level} (the browser
     * hands each message out once).
     */
    public List<String> consoleMessages(Level level) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= level.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * The suggestion listed under an input (NAF codes, communes) whose text starts with the given one, once
     * the answer has come.
     */
    public WebElement suggestion(By input, String text) {
        WebElement list = driver.findElement(input)
                .findElement(
                        By.xpath("ancestor::div[contains(@class, 'suggest')]//ul[contains(@class, 'suggestions')]"));
        By button = By.xpath(".//button[starts-with(normalize-space(), '" + text + "')]");
        waitUntil(d -> !list.findElements(button).isEmpty());
        return list.findElement(button);
    }

    /** Writes a file in the session's folder, for an {@code <input type=file>}; answers its path. */
    public Path file(String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The downloaded file whose name ends so, once the browser has finished writing every download. */
    public Path downloaded(String ending) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            if (!Files.isDirectory(downloads())) {
                return null; // the folder appears with the first download
            }
            try (Stream<Path> files = Files.list(downloads())) {
                List<Path> all = files.toList();
                boolean partial = all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"));
                return partial
                        ? null
                        : all.stream()
                                .filter(p -> p.toString().endsWith(ending))
                                .findFirst()
                                .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
