package org.symbiose;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium with a profile of its own for one browser test, and what every such test does with
 * it: log in a demo-password account, wait for a page's state, press keys. Closing quits the browser and
 * deletes the profile, even when the browser never started.
 */
public final class BrowserSession implements AutoCloseable {

    private final Path profile;
    private final WebDriver driver;

    private BrowserSession(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static BrowserSession start() throws IOException {
        Path profile = Files.createTempDirectory("symbiose-chromium-");
        try {
            return new BrowserSession(profile, HeadlessChromium.start(HeadlessChromium.options(profile)));
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Logs in through the login page an account whose password is {@code demo}. */
    public void logIn(String baseUrl, String username) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    /** Keys pressed one after the other on whatever has the focus. */
    public void press(CharSequence... keys) {
        var actions = new Actions(driver);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
