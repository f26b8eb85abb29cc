package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.BrowserSession;
import org.symbiose.WebTestBase;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.impacts.FiguresService;

/**
 * In a real browser (Debian Chromium, headless): the ADETO member fills two flows in their
 * questionnaire and sends it; the facilitator finds it from the initiative's sheet and accepts it;
 * the two flows are then on the company's file. Fails, never skips, when the browser cannot start.
 */
class QuestionnaireBrowserTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlowRepository flows;

    @Autowired
    FiguresService figures;

    long company;
    List<Flow> flowsBefore;
    BrowserSession session;
    WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        company = jdbc.sql("select c.id from company c join initiative i on i.id = c.initiative_id"
                        + " where i.slug = 'adeto' and c.external_id = 'a1'")
                .query(Long.class)
                .single();
        flowsBefore = flows.listByCompany(new CompanyId(company));
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
            QuestionnaireTestBase.removeQuestionnaires(jdbc, company);
            figures.forgetAll();
        }
        assertThat(flows.listByCompany(new CompanyId(company))).isEqualTo(flowsBefore);
    }

    @Test
    void theMemberSendsTwoFlowsTheFacilitatorAcceptsThemAndTheyAreOnTheCompanysFile() {
        session.logIn(baseUrl(), "membre.adeto");
        browser.findElement(By.linkText("Mon questionnaire")).click();
        fillRow(0, "OUT", "Chutes de contreplaqué", "12,5", "TONNE");
        new Select(browser.findElement(By.name("rows[0].category"))).selectByValue("WASTE");
        browser.findElement(By.name("rows[0].ewc")).sendKeys("03 01 05");
        fillRow(1, "IN", "Vapeur basse pression", "", "");
        browser.findElement(By.name("rows[1].temperature")).sendKeys("120");
        browser.findElement(By.id("submit")).click();

        session.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sent-flows")));
        assertThat(browser.findElement(By.id("questionnaire-status")).getText()).contains("en attente de relecture");
        assertThat(browser.findElement(By.id("sent-flows")).getText())
                .contains("Chutes de contreplaqué", "03 01 05", "Vapeur basse pression");

        session.logOut();
        session.logIn(baseUrl(), "animation.adeto");
        browser.get(baseUrl() + "/initiatives/adeto");
        browser.findElement(By.linkText("Questionnaires des entreprises")).click();
        WebElement submitted = browser.findElement(By.cssSelector("#questionnaires tbody tr.status-SUBMITTED a"));
        submitted.click();
        assertThat(browser.findElement(By.name("rows[0].label")).getAttribute("value"))
                .isEqualTo("Chutes de contreplaqué");
        browser.findElement(By.id("accept")).click();

        session.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("questionnaire-status"), "Accepté"));
        browser.findElement(By.linkText("Fiche de l’entreprise")).click();
        session.waitUntil(ExpectedConditions.urlContains("/companies/" + company));
        String flowsTable = browser.findElement(By.id("flows")).getText();
        assertThat(flowsTable).contains("Chutes de contreplaqué", "12,5 t / an", "Vapeur basse pression");
    }

    void fillRow(int index, String direction, String label, String quantity, String unit) {
        String p = "rows[" + index + "].";
        new Select(browser.findElement(By.name(p + "direction"))).selectByValue(direction);
        browser.findElement(By.name(p + "label")).sendKeys(label);
        if (!quantity.isEmpty()) {
            browser.findElement(By.name(p + "quantity")).sendKeys(quantity);
            new Select(browser.findElement(By.name(p + "unit"))).selectByValue(unit);
        }
    }
}
