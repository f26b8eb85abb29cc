package org.symbiose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.symbiose.opportunities.OpportunityBrowserTestBase;

/**
 * The follow-up of a proposal as a facilitator lives it, in a real browser (Debian Chromium, headless)
 * and in an initiative of the test's own (issue 14, item 7): a proposal retained becomes a synergy
 * that the keyboard alone moves "en cours" then "réalisée" on the board; the map draws it in the realised
 * colour and the dashboard counts one more realised synergy; another proposal dismissed with a reason
 * stays away after a rerun and is listed under "Écartées". Fails, never skips, when the browser cannot
 * start.
 */
class FollowUpStoryBrowserTest extends OpportunityBrowserTestBase {

    @Test
    void aRetainedProposalIsFollowedToRealisedAndADismissedOneStaysAwayAfterARerun() {
        // 1. The opportunities once the background run has ended, and the realised synergies counted.
        session.logIn(baseUrl(), data.facilitator);
        openOpportunities();
        int realisedBefore = realisedOnTheDashboard();

        // 2. Retain a substitution proposal, follow the link to its synergy, then go to the board.
        openOpportunities();
        WebElement proposal = rows().get(0);
        String retained = proposal.getDomAttribute("data-key");
        proposal.findElement(By.cssSelector("button.retain")).click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("retained-notice")));
        assertThat(keys()).doesNotContain(retained);
        browser.findElement(By.id("retained-notice"))
                .findElement(By.linkText("Voir la synergie"))
                .click();
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        assertThat(browser.findElement(By.id("status")).getText()).contains("en perspective");
        String title = browser.findElement(By.tagName("h1")).getText();
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/synergies/(\\d+).*", "$1"));
        browser.get(baseUrl() + "/initiatives/" + data.slug + "/synergies");
        assertThat(card(id).getText()).contains(title);
        assertThat(columnOf(id)).isEqualTo("En perspective");

        // 3. The keyboard only: Tab from the top of the page to the card, then to its first move.
        tabUntilFocusedOn("synergy-" + id);
        session.press(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Démarrer");
        moveWith(Keys.ENTER, id);
        assertThat(columnOf(id)).isEqualTo("En cours");
        session.press(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Marquer réalisée");
        moveWith(Keys.SPACE, id);
        assertThat(columnOf(id)).isEqualTo("Réalisée");
        assertThat(card(id).findElements(By.cssSelector("button, summary"))).isEmpty();

        // 4. The map draws the realised synergy's link in the realised colour of its legend.
        browser.get(baseUrl() + "/initiatives/" + data.slug + "/map");
        session.waitUntil(
                d -> "true".equals(d.findElement(By.id("territory-map")).getDomAttribute("data-loaded")));
        String realisedColour = (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.querySelector("
                        + "'.territory-legend [data-status=REALISED]')).backgroundColor;");
        List<WebElement> links = browser.findElements(By.cssSelector("#territory-map path.synergy-REALISED"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getDomAttribute("stroke")).isEqualTo(realisedColour);

        // 5. The dashboard counts one more realised synergy, and draws the chart beside its table.
        assertThat(realisedOnTheDashboard()).isEqualTo(realisedBefore + 1);
        assertThat(browser.findElements(By.cssSelector("#dashboard-status svg .bars rect")))
                .isNotEmpty();

        // 6. Dismiss another proposal with a reason, rerun: it stays away, listed under "Écartées".
        openOpportunities();
        String dismissed = dismiss(rows().get(0), "COMPANY_REFUSED", "Le directeur ne veut pas");
        assertThat(dismissed).isNotEqualTo(retained);

        rerun();
        assertThat(keys()).isNotEmpty().doesNotContain(dismissed).doesNotContain(retained);

        assertThat(underDismissed(dismissed))
                .contains("Refusée par une entreprise")
                .contains("Le directeur ne veut pas");
    }

    /** The opportunities page once its run has ended (the page reloads itself then). */
    void openOpportunities() {
        browser.get(baseUrl() + "/initiatives/" + data.slug + "/opportunities");
        waitForTheRun();
        assertThat(browser.findElement(By.cssSelector(".opportunity-tabs a.current"))
                        .getText())
                .isEqualTo("Substitutions");
    }

    /** The "Réalisées" cell of the dashboard's row "Aujourd’hui", beside the status chart, once drawn. */
    int realisedOnTheDashboard() {
        browser.get(baseUrl() + "/initiatives/" + data.slug + "/dashboard");
        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dashboard-status svg")));
        List<String> headers = browser.findElements(By.cssSelector("#table-status thead th")).stream()
                .map(WebElement::getText)
                .toList();
        int column = headers.indexOf("Réalisées");
        assertThat(column).as("columns %s", headers).isPositive();
        WebElement today = browser.findElement(By.cssSelector("#table-status tbody tr.current"));
        assertThat(today.findElement(By.tagName("th")).getText()).isEqualTo("Aujourd’hui");
        return Integer.parseInt(
                today.findElements(By.tagName("td")).get(column - 1).getText());
    }

    /** A move by the focused button's key, then the card swapped in place (htmx) and focused again. */
    void moveWith(Keys key, long id) {
        WebElement before = card(id);
        session.press(key);
        session.waitUntil(ExpectedConditions.stalenessOf(before));
        session.waitUntil(
                d -> ("synergy-" + id).equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    void tabUntilFocusedOn(String elementId) {
        for (int i = 0; i < 60; i++) {
            if (elementId.equals(browser.switchTo().activeElement().getDomAttribute("id"))) {
                return;
            }
            session.press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + elementId);
    }

    WebElement card(long id) {
        return browser.findElement(By.id("synergy-" + id));
    }

    /** The heading of the column the card is in, as a reader sees it. */
    String columnOf(long id) {
        return card(id).findElement(By.xpath("ancestor::section[contains(@class, 'synergy-column')]"))
                .findElement(By.cssSelector("h2 span:first-child"))
                .getText();
    }
}
