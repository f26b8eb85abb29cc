package org.symbiose.flows;

import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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

    /** Waits until the grid shows what is asked; a row redrawn meanwhile is read again. */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        try {
            session.waitUntil(d -> {
                try {
                    return condition.apply(d);
                } catch (StaleElementReferenceException redrawn) {
                    return false;
                }
            });
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
