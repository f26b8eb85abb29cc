package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.symbiose.BrowserSession;
import org.symbiose.WebTestBase;

/**
 * In a real browser: the facilitator of an initiative of the test's own opens the opportunities, whose
 * run ends into the list, retains one proposal, dismisses another with a reason, reruns, and finds the
 * dismissed one gone from the list and under "Écartées".
 */
class OpportunitiesBrowserTest extends WebTestBase {

    @Autowired
    ApplicationContext context;

    OpportunityTestData data;
    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        data = OpportunityTestData.open(mvc, users, context);
        session = BrowserSession.start();
        browser = session.driver();
    }

    @AfterEach
    void stop() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            data.close();
        }
    }

    @Test
    void facilitatorRunsRetainsDismissesAndRerunsWithTheDismissedOneGone() {
        session.logIn(baseUrl(), data.facilitator);

        browser.get(baseUrl() + "/initiatives/" + data.slug + "/opportunities");
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
        assertThat(browser.findElements(By.id("opportunity-run")))
                .as("the run has ended")
                .isEmpty();

        WebElement first = rows().get(0);
        String retained = first.getAttribute("data-key");
        first.findElement(By.cssSelector("button.retain")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("retained-notice")));
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
        session.waitUntil(d -> !keys().contains(dismissed));

        browser.findElement(By.id("rerun")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
        assertThat(keys()).doesNotContain(dismissed).doesNotContain(retained);

        browser.findElement(By.cssSelector(".opportunity-tabs a:last-child")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("dismissed")));
        WebElement row = browser.findElement(By.cssSelector("#dismissed tr[data-key='" + dismissed + "']"));
        assertThat(row.getText()).contains("Refusée par une entreprise").contains("Le directeur ne veut pas");
    }

    java.util.List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#proposals tbody tr"));
    }

    java.util.List<String> keys() {
        return rows().stream().map(r -> r.getAttribute("data-key")).toList();
    }
}
