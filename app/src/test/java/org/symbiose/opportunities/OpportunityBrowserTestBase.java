package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.symbiose.BrowserSession;
import org.symbiose.WebTestBase;

/**
 * A browser test on the opportunities of an initiative of its own ({@link OpportunityTestData}, removed
 * afterwards), with what the user does on the list: read its proposals, dismiss one with a reason, read
 * the "Écartées" tab.
 */
public abstract class OpportunityBrowserTestBase extends WebTestBase {

    protected OpportunityTestData data;
    protected BrowserSession session;
    protected WebDriver browser;

    @BeforeEach
    void openTheInitiativeAndTheBrowser() throws Exception {
        data = OpportunityTestData.open(mvc, context);
        session = BrowserSession.start();
        browser = session.driver();
    }

    @AfterEach
    void closeThem() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            data.close();
        }
    }

    protected List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#proposals tbody tr"));
    }

    /**
     * The keys of the listed proposals, read in one script so that a list htmx swaps meanwhile is read
     * whole, before or after, never half.
     */
    @SuppressWarnings("unchecked")
    protected List<String> keys() {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.querySelectorAll('#proposals tbody tr'))"
                        + ".map(r => r.getAttribute('data-key'));");
    }

    /** Waits until the page shows the proposals of an ended run (the page reloads itself then). */
    protected void waitForTheRun() {
        session.waitUntil(d -> d.findElements(By.id("opportunity-run")).isEmpty()
                && !d.findElements(By.id("rerun")).isEmpty());
        assertThat(browser.findElements(By.id("proposals")))
                .as("proposals listed")
                .isNotEmpty();
    }

    /** "Relancer", then the page of the new run once it has ended, never the page before. */
    protected void rerun() {
        WebElement button = browser.findElement(By.id("rerun"));
        button.click();
        session.waitUntil(ExpectedConditions.stalenessOf(button));
        waitForTheRun();
    }

    /** Dismisses the listed proposal with a reason and its text, and waits until it leaves the list. */
    protected String dismiss(WebElement row, String reasonChoice, String reason) {
        String key = row.getDomAttribute("data-key");
        row.findElement(By.cssSelector("details.dismiss summary")).click();
        new Select(row.findElement(By.name("reason-choice"))).selectByValue(reasonChoice);
        row.findElement(By.name("reason")).sendKeys(reason);
        row.findElement(By.cssSelector("button.confirm-dismiss")).click();
        session.waitUntil(d -> !keys().contains(key));
        return key;
    }

    /** The text of a dismissed proposal's row under the "Écartées" tab. */
    protected String underDismissed(String key) {
        browser.findElement(By.linkText("Écartées")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("dismissed")));
        return browser.findElement(By.cssSelector("#dismissed tr[data-key='" + key + "']"))
                .getText();
    }
}
