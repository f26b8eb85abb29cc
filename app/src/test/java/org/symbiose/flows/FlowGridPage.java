package org.symbiose.flows;

import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.symbiose.BrowserSession;

/**
 * The flow grid ({@code /companies/{id}/flows}) as a browser test reads it: its rows, their cells, the
 * engine's reading under a label, the rows saved. The grid redraws a row when it is saved, so waits on it
 * read it afresh and say what it shows when they fail.
 */
public final class FlowGridPage {

    private final BrowserSession session;

    public FlowGridPage(BrowserSession session) {
        this.session = session;
    }

    public List<WebElement> rows() {
        return session.driver().findElements(By.cssSelector("#flow-grid tbody tr"));
    }

    public WebElement row(int index) {
        return rows().get(index);
    }

    public WebElement cell(int row, String name) {
        return row(row).findElement(By.name(name));
    }

    /** The engine's reading shown under a row's label ("lu comme …"). */
    public String reading(int row) {
        return row(row).findElement(By.cssSelector(".reading")).getText();
    }

    /** How many rows the server has saved (they carry its id). */
    public long savedRows() {
        return rows().stream()
                .map(r -> r.getDomAttribute("data-id"))
                .filter(id -> id != null && !id.isEmpty())
                .count();
    }

    public List<String> labels() {
        return rows().stream()
                .map(r -> r.findElement(By.name("label")).getDomProperty("value"))
                .toList();
    }

    /** Presses Tab from wherever the focus is (the top of the page) until the first row's label has it. */
    public void tabToFirstCell() {
        for (int i = 0; i < 80; i++) {
            if (cell(0, "label").equals(focused())) {
                return;
            }
            session.press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the grid's first cell");
    }

    /**
     * Types the keyboard story's three flows from the first row's label, keys only, and waits until the
     * three are saved: pallets with their waste code, quantity and unit (Tab to the next cell, Enter to the
     * same cell of the next row, where a new row has appeared), Shift+Tab back to the label; sawdust with
     * its code; waste heat at 85 °C. Fails when the focus is not where each key should have put it.
     */
    public void typeThreeFlows() {
        session.press(
                "Palettes bois cassées",
                Keys.TAB,
                "150103",
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                "12",
                Keys.TAB,
                "t",
                Keys.ENTER);
        expectFocus(1, "unit");
        waitUntil(d -> reading(0).startsWith("lu comme Palettes"));
        session.pressShiftTab(5);
        expectFocus(1, "label");
        session.press("Sciure de bois", Keys.TAB, "030105", Keys.ENTER);
        expectFocus(2, "ewc");
        session.pressShiftTab(1);
        session.press(
                "Chaleur fatale du four",
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                Keys.TAB,
                "85",
                Keys.ENTER);
        session.pressShiftTab(7);
        waitUntil(d -> savedRows() == 3);
    }

    /** The element that has the focus. */
    public WebElement focused() {
        return session.driver().switchTo().activeElement();
    }

    private void expectFocus(int row, String name) {
        if (!cell(row, name).equals(focused())) {
            throw new AssertionError("the focus should be on " + name + " of row " + row + "; it is on "
                    + focused().getDomAttribute("name") + "; the grid shows " + shown());
        }
    }

    /** Waits until the grid shows what is asked; a row redrawn meanwhile is read again. */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        try {
            session.waitUntil(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain; the grid shows " + shown(), e);
        }
    }

    /** Each row's saved id and text, for a failure to say what the grid showed. */
    public List<String> shown() {
        return rows().stream()
                .map(r -> r.getDomAttribute("data-id") + " " + r.getText().replace('\n', '|'))
                .toList();
    }
}
