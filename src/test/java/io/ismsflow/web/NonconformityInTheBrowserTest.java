package io.ismsflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.engine.EngineClock;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IsolatedIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A nonconformity from raising to closure in the browser alone, each person working from their task list and
 * seeing the record beside each form: the way the ISMS team will use it. In a context of its own: the
 * effectiveness period passes by moving the clock.
 */
@Tag("calendar")
@IsolatedIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonconformityInTheBrowserTest {

    private static final String TITLE = "Laptop handed to a visitor";

    @LocalServerPort int port;
    @Autowired EngineClock clock;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void raisedContainedAnalysedPlannedApprovedImplementedVerifiedAndClosed() throws IOException {
        browser.signIn("risk-owner");
        browser.open("/nonconformities");
        browser.waitFor(By.cssSelector("details.raise summary")).click();
        browser.waitFor(By.name("title")).sendKeys(TITLE);
        browser.driver().findElement(By.name("description")).sendKeys("Reception gave a loan laptop to a visitor without checking the request.");
        browser.driver().findElement(By.name("area")).sendKeys("Reception");
        browser.driver().findElement(By.name("controls")).sendKeys("5.10");
        browser.driver().findElement(By.cssSelector(".raise-form button[type=submit]")).click();
        String code = browser.waitFor(By.cssSelector("main h2 span")).getText().substring(0, 7);
        assertThat(code).matches("NC-\\d{4}");

        browser.openTaskFromList("Contain and correct", code);
        assertThat(browser.waitFor(By.id("nonconformity-panel")).getText()).contains("Reception gave a loan laptop");
        browser.waitFor(By.cssSelector("[id$='containment-field']")).sendKeys("Laptop collected back the same day and wiped");
        browser.pick("No consequences");
        browser.complete();

        browser.openTaskFromList("Analyse root cause", code);
        browser.waitFor(By.cssSelector("[id$='causes-field']")).sendKeys("Loan laptops have no request check at reception");
        browser.choose("method-field", "5 whys");
        browser.pick("Yes");
        browser.waitFor(By.cssSelector("[id$='elsewhere-field']")).sendKeys("The branch office reception lends laptops too");
        browser.complete();

        browser.openTaskFromList("Plan corrective actions", code);
        browser.waitFor(By.cssSelector("[id$='action-title_0']")).sendKeys("Loan laptops only against a ticket");
        browser.choose("action-owner_0", "Rafael Owner");
        browser.driver().findElement(By.cssSelector("[id$='action-due_0-date']"))
                .sendKeys(LocalDate.now(clock).plusDays(10).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
        browser.complete();

        browser.signIn("isms-manager");
        browser.openTaskFromList("Approve plan", code);
        assertThat(browser.waitFor(By.id("nonconformity-panel")).getText()).contains("Loan laptops only against a ticket");
        browser.pick("Approve the plan");
        browser.screenshot("walk-approve-plan");
        browser.complete();

        browser.signIn("risk-owner");
        browser.openTaskFromList("Implement action", code);
        browser.waitFor(By.cssSelector("[id$='evidence-field']")).sendKeys("TICKET-881");
        browser.complete();

        browser.open("/nonconformities");
        browser.waitFor(By.xpath("//tr[td[contains(., '" + code + "')]]"));
        browser.waiting().until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.xpath("//tr[td[contains(., '" + code + "')]]")).getText().contains("Awaiting effectiveness check");
        });
        clock.advance(Duration.ofDays(91));

        browser.signIn("auditor");
        browser.openTaskFromList("Verify effectiveness", code);
        browser.pick("Effective: close the nonconformity");
        browser.waitFor(By.cssSelector("[id$='reasoning-field']")).sendKeys("Sampled 20 loans in three months: all had a ticket");
        browser.screenshot("walk-verify");
        browser.complete();

        browser.open("/nonconformities");
        browser.waiting().until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.xpath("//tr[td[contains(., '" + code + "')]]")).getText().contains("Closed");
        });
        browser.driver().findElement(By.linkText(code)).click();
        String page = browser.waitFor(By.cssSelector("section.history")).getText();
        assertThat(page).contains("Anna Auditor found the actions effective").contains("Rafael Owner raised the nonconformity");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("effective, verified by Anna Auditor").contains("Sampled 20 loans in three months");
        browser.screenshot("walk-closed-nonconformity");
    }
}
