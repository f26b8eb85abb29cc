package org.symbiose.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the facilitator of an initiative of the test's own opens the opportunities, whose
 * run ends into the list, retains one proposal, dismisses another with a reason, reruns, and finds the
 * dismissed one gone from the list and under "Écartées".
 */
class OpportunitiesBrowserTest extends OpportunityBrowserTestBase {

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

        String dismissed = dismiss(rows().get(0), "COMPANY_REFUSED", "Le directeur ne veut pas");

        rerun();
        assertThat(keys()).doesNotContain(dismissed).doesNotContain(retained);

        assertThat(underDismissed(dismissed))
                .contains("Refusée par une entreprise")
                .contains("Le directeur ne veut pas");
    }
}
