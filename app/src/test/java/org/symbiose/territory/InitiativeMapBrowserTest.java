package org.symbiose.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.HeadlessChromium;
import org.symbiose.WebTestBase;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.Site;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * PIICTO's facilitator in a real browser (Debian Chromium, headless): the map shows the companies and
 * the layer control, a layer switched off takes its markers away, a realised synergy is drawn in the
 * legend's colour, a company named like markup stays text in its popup; the Sankey draws its nodes and
 * another view draws other ones. A hostile company is added to PIICTO for the test, then deleted.
 */
class InitiativeMapBrowserTest extends WebTestBase {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    CompanyRepository companies;

    @Autowired
    FiguresService figures;

    @Autowired
    JdbcClient jdbc;

    Path profile;
    WebDriver browser;
    Company hostile;

    @BeforeEach
    void addAHostileCompanyAndStartTheBrowser() throws IOException {
        long piicto = initiatives.getBySlug("piicto").id().value();
        hostile = companies.insert(new Company(
                null,
                new InitiativeId(piicto),
                null,
                HOSTILE,
                null,
                "38.32Z",
                null,
                null,
                null,
                false,
                List.of(new Site("Site", "13039", null))));
        figures.forgetAll();
        profile = Files.createTempDirectory("symbiose-chromium-");
        browser = HeadlessChromium.start(HeadlessChromium.options(profile));
    }

    @AfterEach
    void removeItAndStopTheBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            jdbc.sql("delete from company where id = ?")
                    .param(hostile.id().value())
                    .update();
            figures.forgetAll();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theMapShowsItsLayersAndALayerSwitchedOffTakesItsMarkersAway() {
        logIn("animation.piicto");
        browser.get(baseUrl() + "/initiatives/piicto");
        browser.findElement(By.linkText("Carte de la démarche")).click();
        waitUntil(d -> "true".equals(map().getAttribute("data-loaded")));

        int companiesOnMap =
                companies.listActiveByInitiative(hostile.initiativeId()).size();
        assertThat(markers("path.company-marker")).hasSize(companiesOnMap);
        List<String> layerNames =
                browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList();
        assertThat(layerNames).contains("Entreprises", "Synergies", "Parcs d’activités", "Communes");

        // A realised synergy is drawn in the colour of its status in the legend.
        String realisedColour = (String) js().executeScript(
                        "return getComputedStyle(document.querySelector('[data-status=REALISED]')).backgroundColor;");
        List<WebElement> realised = markers("path.synergy-REALISED");
        assertThat(realised).isNotEmpty();
        assertThat(realised.get(0).getAttribute("stroke")).isEqualTo(realisedColour);
        assertThat(realisedColour).isEqualTo("rgb(11, 138, 79)");

        overlay("Entreprises").click();
        waitUntil(d -> markers("path.company-marker").isEmpty());
        assertThat(markers("path.synergy-REALISED")).isNotEmpty();
        overlay("Entreprises").click();
        waitUntil(d -> markers("path.company-marker").size() == companiesOnMap);
    }

    @Test
    void aCompanyNamedLikeMarkupStaysTextInItsPopupWhichLinksToItsFile() {
        logIn("animation.piicto");
        browser.get(baseUrl() + "/initiatives/piicto/map");
        waitUntil(d -> "true".equals(map().getAttribute("data-loaded")));

        List<String> popups = new ArrayList<>();
        WebElement hostilePopup = null;
        for (WebElement marker : markers("path.company-marker")) {
            js().executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", marker);
            WebElement content = browser.findElement(By.cssSelector(".leaflet-popup-content"));
            popups.add(content.getText());
            if (content.getText().contains(HOSTILE)) {
                hostilePopup = content;
                break;
            }
        }
        assertThat(hostilePopup).as("popups seen: %s", popups).isNotNull();
        assertThat(hostilePopup.findElement(By.tagName("strong")).getText()).isEqualTo(HOSTILE);
        // Selenium's text turns a no-break space into a space: the French colon is checked by the bundle test.
        assertThat(hostilePopup
                        .findElement(By.cssSelector("p.company-site"))
                        .getText()
                        .replace('\u00a0', ' '))
                .as("the popup names the site too")
                .isEqualTo("Site : Site");
        assertThat(browser.findElements(By.cssSelector("#territory-map img[src='x']")))
                .isEmpty();
        assertThat(hostilePopup
                        .findElement(By.cssSelector("a.company-file-link"))
                        .getAttribute("href"))
                .endsWith("/companies/" + hostile.id().value());
        // An alert would have been opened by the markup: the page still answers to scripts.
        assertThat(js().executeScript("return document.title;")).isNotNull();
    }

    @Test
    void theSankeyDrawsItsNodesAndAnotherViewDrawsOtherOnes() {
        logIn("animation.piicto");
        browser.get(baseUrl() + "/initiatives/piicto/map");
        browser.findElement(By.id("metabolism-link")).click();
        waitUntil(d -> !nodeLabels().isEmpty());
        Set<String> declared = new HashSet<>(nodeLabels());
        assertThat(browser.findElements(By.cssSelector("#diagram-mass svg g.sankey-node rect")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#diagram-mass svg path.sankey-link")))
                .isNotEmpty();

        browser.findElement(By.id("view-realised")).click();
        waitUntil(ExpectedConditions.urlContains("view=realised"));
        waitUntil(d -> !nodeLabels().isEmpty());
        Set<String> realised = new HashSet<>(nodeLabels());

        assertThat(realised).isNotEqualTo(declared);
        assertThat(realised).anyMatch(label -> label.startsWith("Boues de décarbonatation"));
        assertThat(declared).anyMatch(label -> label.startsWith("Destination non précisée"));
        // Numbers in French: a narrow or plain no-break space before the unit, "16 000" grouped.
        assertThat(realised)
                .anyMatch(label ->
                        label.replace('\u202f', ' ').replace('\u00a0', ' ').contains("16 000 t/an"));
    }

    @Test
    void theSankeysTooltipsAndLabelsUseEachLanguagesPunctuationAndNumbers() {
        logIn("animation.piicto");
        browser.get(baseUrl() + "/initiatives/piicto/metabolism?view=realised&lang=fr");
        waitUntil(d -> !nodeLabels().isEmpty());
        List<String> french = titles();
        List<String> frenchLabels = nodeLabels();
        browser.get(baseUrl() + "/initiatives/piicto/metabolism?view=realised&lang=en");
        waitUntil(d -> !nodeLabels().isEmpty());
        List<String> english = titles();
        List<String> englishLabels = nodeLabels();

        assertThat(french).isNotEmpty().allMatch(t -> t.contains("\u00a0: ") && !t.matches(".*[^\u00a0]: .*"));
        assertThat(french).anyMatch(t -> t.contains(" → "));
        assertThat(english)
                .hasSameSizeAs(french)
                .allMatch(t -> t.matches(".*\\S: .*") && !t.contains("\u00a0:") && !t.contains(" :"));
        assertThat(english).allMatch(t -> t.endsWith("/yr"));
        assertThat(french).allMatch(t -> t.endsWith("/an"));
        assertThat(englishLabels)
                .as("English grouping and unit: 16,000 t/yr")
                .anyMatch(l -> l.replace('\u00a0', ' ').contains("16,000 t/yr"));
        assertThat(frenchLabels)
                .anyMatch(l -> l.replace('\u202f', ' ').replace('\u00a0', ' ').contains("16 000 t/an"));
    }

    /** The tooltips of the mass diagram's links and nodes, as the browser holds them. */
    @SuppressWarnings("unchecked")
    List<String> titles() {
        return (List<String>) js().executeScript("return Array.from(document.querySelectorAll("
                + "'#diagram-mass svg title')).map(function (t) { return t.textContent; });");
    }

    List<String> nodeLabels() {
        return browser.findElements(By.cssSelector("#diagram-mass svg text.sankey-label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    WebElement overlay(String name) {
        return browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                .filter(l -> l.getText().strip().equals(name))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("input"));
    }

    List<WebElement> markers(String css) {
        return browser.findElements(By.cssSelector("#territory-map " + css));
    }

    WebElement map() {
        return browser.findElement(By.id("territory-map"));
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    void logIn(String username) {
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
