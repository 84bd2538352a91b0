package io.ismsflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.engine.EngineClock;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.UserTask;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The management review in Chromium: an extraordinary review started from the list, its page reading like a board's
 * pack (inputs a–g with their figures), and the preparation task with the pack beside it. Screenshots in target/browser/.
 */
@Tag("calendar")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementReviewPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired ManagementReviews reviews;
    @Autowired TaskInbox inbox;
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
    void topManagementStartsAnExtraordinaryReviewAndTheIsmsManagerPreparesIt() throws IOException {
        browser.signIn("top-manager");
        browser.open("/management-reviews");
        browser.driver().findElement(By.name("reason")).sendKeys("Ransomware incident INC-2026-044 on the file server");
        browser.driver().findElement(By.xpath("//button[text()='Start an extraordinary review']")).click();
        browser.waitForText(By.cssSelector(".notice"), "is requested");
        String period = browser.driver().findElement(By.cssSelector("main h2 span")).getText();
        long id = reviews.ofPeriod(period).orElseThrow().getId();
        UserTask prepare = new OpenTasks(inbox).awaitTask("prepare-review", "reviewId", id);

        browser.open("/management-reviews/" + period);
        assertThat(browser.waitFor(By.id("input-g")).getText()).contains("Opportunities for continual improvement");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Extraordinary: Ransomware incident")
                .contains("d1) Nonconformities and corrective actions").contains("f) Results of risk assessment");
        browser.screenshot("management-review-pack");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('input-d1').scrollIntoView()");
        browser.screenshot("management-review-pack-d1");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.signIn("isms-manager");
        browser.open("/tasks/" + prepare.key());
        assertThat(browser.waitFor(By.id("review-panel")).getText()).contains("Management review " + period).contains("a) Status of actions");
        browser.screenshot("task-prepare-review");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/management-reviews");
        assertThat(browser.waitFor(By.tagName("main")).getText()).contains(period);
        browser.screenshot("management-reviews");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
