package org.symbiose.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.symbiose.BrowserSession;
import org.symbiose.ids.CompanyId;

/**
 * A facilitator types three flows in a real browser (Debian Chromium, headless) with the keyboard only:
 * Tab to the next cell, Enter to the next row, letters and digits. The engine's reading appears under
 * the label; after a reload the three flows are there. One is then deleted through the confirmation
 * dialog, answered with the keyboard. Works on a company of its own, removed afterwards.
 */
class FlowGridBrowserTest extends FlowTestBase {

    BrowserSession session;
    WebDriver browser;
    FlowGridPage grid;

    @BeforeEach
    void start() throws IOException {
        session = BrowserSession.start();
        browser = session.driver();
        grid = new FlowGridPage(session);
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aFacilitatorTypesThreeFlowsWithTheKeyboardFindsThemAfterAReloadAndDeletesOne() {
        session.logIn(baseUrl(), "animation.adeto");
        browser.get(baseUrl() + "/companies/" + company.id + "/flows");
        errorsInConsole(); // what the login and home pages logged
        // Focus lands in the first cell without a click; from there on, keys only. Enter goes to the same
        // column of the next row (a new row appears as one types), Shift+Tab back to its label; the grid
        // page checks the focus after each move.
        grid.cell(0, "label").sendKeys("");
        grid.typeThreeFlows();
        assertThat(grid.reading(0)).startsWith("lu comme Palettes").contains("confiance");
        assertThat(grid.reading(2)).startsWith("lu comme ");

        // Escape cancels what is typed in a row.
        session.press("Rien du tout");
        session.press(Keys.ESCAPE);
        assertThat(browser.switchTo().activeElement().getAttribute("value")).isEmpty();

        browser.navigate().refresh();
        assertThat(grid.labels())
                .containsExactly("Palettes bois cassées", "Sciure de bois", "Chaleur fatale du four", "");
        assertThat(flows.listByCompany(new CompanyId(company.id)))
                .extracting(
                        Flow::label,
                        f -> f.quantity() == null ? null : f.quantity().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Palettes bois cassées", 12),
                        org.assertj.core.groups.Tuple.tuple("Sciure de bois", null),
                        org.assertj.core.groups.Tuple.tuple("Chaleur fatale du four", null));
        assertThat(flows.listByCompany(new CompanyId(company.id)).get(2).temperatureC())
                .isEqualByComparingTo("85");
        assertThat(flows.listByCompany(new CompanyId(company.id)).get(0).ewc()).isEqualTo("150103");

        grid.row(1).findElement(By.cssSelector(".delete-row")).sendKeys(Keys.ENTER);
        WebElement dialog = browser.findElement(By.id("confirm-delete"));
        grid.waitUntil(ExpectedConditions.attributeToBeNotEmpty(dialog, "open"));
        assertThat(dialog.getText()).contains("Sciure de bois");
        session.pressShiftTab(1);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Supprimer le flux");
        session.press(Keys.ENTER);
        grid.waitUntil(d -> grid.labels().size() == 3);
        grid.waitUntil(d -> browser.findElement(By.id("history")).getText().contains("a supprimé"));

        browser.navigate().refresh();
        assertThat(grid.labels()).containsExactly("Palettes bois cassées", "Chaleur fatale du four", "");
        assertThat(browser.findElement(By.id("history")).getText().replace('\u00a0', ' '))
                .contains("Animation ADETO · a supprimé « Sciure de bois »");
        assertThat(errorsInConsole()).isEmpty();
    }

    List<String> errorsInConsole() {
        return session.consoleMessages(Level.SEVERE).stream()
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }
}
