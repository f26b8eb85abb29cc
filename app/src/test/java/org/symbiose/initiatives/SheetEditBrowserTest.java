package org.symbiose.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.BrowserSession;
import org.symbiose.WebTestBase;

/**
 * The ADETO facilitator corrects a key figure in a real browser (Debian Chromium, headless), then finds
 * it on the sheet page and in the sheet's PDF. Fails, never skips, when the browser cannot start.
 */
class SheetEditBrowserTest extends WebTestBase {

    static final String LABEL = "Diagnostics palettes réalisés";

    @Autowired
    InitiativeRepository initiatives;

    SheetSnapshot adeto;
    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        adeto = SheetSnapshot.take(initiatives, "adeto");
        session = BrowserSession.start();
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            adeto.restore();
        }
    }

    @Test
    void facilitatorCorrectsAKeyFigureAndFindsItOnTheSheetAndInThePdf() throws Exception {
        assertThat(figureOnSheet(openSheet())).isEqualTo("20");

        session.logIn(baseUrl(), "animation.adeto");
        openSheet();
        browser.findElement(By.linkText("Modifier la fiche")).click();
        browser.findElement(By.cssSelector(".edit-nav"))
                .findElement(By.linkText("Chiffres clés"))
                .click();
        WebElement value = browser.findElement(By.xpath("//tr[.//input[contains(@name, '.label') and @value='" + LABEL
                + "']]//input[contains(@name, '.value')]"));
        value.clear();
        value.sendKeys("21");
        browser.findElement(By.cssSelector("form.edit-form button[type=submit]"))
                .click();

        session.waitUntil(ExpectedConditions.urlContains("/initiatives/adeto#key-figures"));
        assertThat(figureOnSheet(browser)).isEqualTo("21");

        String pdf = pdfText(download("/initiatives/adeto/sheet.pdf"));
        assertThat(pdf).containsPattern(Pattern.compile("(?s)\\b21\\b\\s*" + Pattern.quote(LABEL)));
        assertThat(pdf).doesNotContainPattern(Pattern.compile("(?s)\\b20\\b\\s*" + Pattern.quote(LABEL)));
    }

    WebDriver openSheet() {
        browser.get(baseUrl() + "/initiatives/adeto");
        return browser;
    }

    /** The value the sheet page shows beside the key figure's label. */
    static String figureOnSheet(WebDriver page) {
        return page.findElement(By.xpath("//section[@id='key-figures']//td[.//*[contains(@class, 'figure-label')"
                        + " and normalize-space()='" + LABEL + "']]//*[contains(@class, 'figure-value')]"))
                .getText()
                .strip();
    }

    /** Downloads with the browser's session, as the logged-in facilitator. */
    byte[] download(String path) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie after login").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        return response.body();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
