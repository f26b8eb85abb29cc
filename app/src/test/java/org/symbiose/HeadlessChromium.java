package org.symbiose;

import java.io.File;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium for browser tests, headless, with a profile of its own and none of the background
 * connections this machine's closed network would refuse.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {}

    /** Options for {@link #start}, for a test that adds capabilities (browser logs) before starting. */
    public static ChromeOptions options(Path profile) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        return options;
    }

    public static ChromeDriver start(ChromeOptions options) {
        var driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        return new ChromeDriver(driver, options);
    }
}
