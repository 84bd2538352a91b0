package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.engine.EngineClock;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Recording a measurement in Chromium: the metric and its evidence beside the form, the value in it. Screenshots in target/browser/. */
@Tag("calendar")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasurementPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired Metrics metrics;
    @Autowired MeasurementRequests requests;
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
    void thePersonWhoMeasuresSeesTheMetricAddsTheEvidenceAndRecordsTheValue() throws IOException {
        Metric metric = metrics.defineManual(new MetricDraft("Phishing click rate " + System.nanoTime() % 10000, "Awareness (7.3)",
                "Share of staff who clicked the simulated phishing link", "%", Direction.LOWER_IS_BETTER, new BigDecimal("5"),
                new BigDecimal("10"), Frequency.MONTHLY, "it-operations", "isms-managers"), Actor.person("isms-manager"));
        requests.startDue(LocalDate.now(clock));
        UserTask task = new OpenTasks(inbox).awaitTask("record-measurement-value", "metricId", metric.getId());
        Path report = Files.createTempFile("phishing-report", ".txt");
        Files.writeString(report, "October simulation: 412 recipients, 14 clicked.");

        browser.signIn("it-operations");
        browser.open("/tasks/" + task.key());
        assertThat(browser.waitFor(By.id("measurement-panel")).getText()).contains("Share of staff who clicked").contains("warning at 10");
        browser.waitFor(By.cssSelector("#measurement-panel input[type=file]")).sendKeys(report.toString());
        browser.driver().findElement(By.cssSelector("#measurement-panel form.upload button")).click();
        assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("is kept as evidence of");
        assertThat(browser.waitFor(By.id("measurement-panel")).getText()).contains(report.getFileName().toString());

        WebElement value = browser.waitFor(By.cssSelector("[id$='value-field']"));
        value.sendKeys("3.4");
        browser.screenshot("task-record-measurement");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.complete();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !metrics.series(metric.getId()).isEmpty());
        assertThat(metrics.series(metric.getId()).getFirst().value()).isEqualByComparingTo("3.4");
    }

    @Test
    void anIsmsManagerDefinesAMetricOnTheCatalogue() throws IOException {
        browser.signIn("isms-manager");
        browser.open("/metrics");
        browser.waitFor(By.cssSelector("details.card summary")).click();
        browser.driver().findElement(By.cssSelector("details.card button[type=submit]")).click();
        assertThat(browser.waitFor(By.xpath("//*[@name='name']/ancestor::label//span[@class='field-error']")).getText()).isEqualTo("must not be blank");
        browser.screenshot("metric-define-problems");
        String name = "Patch latency " + System.nanoTime() % 10000;
        browser.driver().findElement(By.name("name")).sendKeys(name);
        browser.driver().findElement(By.name("measures")).sendKeys("Technical vulnerabilities (8.8)");
        browser.driver().findElement(By.name("method")).sendKeys("Median days from a critical patch's release to its installation");
        browser.driver().findElement(By.name("unit")).sendKeys("days");
        browser.driver().findElement(By.name("target")).sendKeys("7");
        browser.driver().findElement(By.name("warning")).sendKeys("14");
        new Select(browser.driver().findElement(By.name("direction"))).selectByVisibleText("Lower is better");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("details.card button[type=submit]")).click();

        assertThat(browser.waitFor(By.cssSelector("main h2")).getText()).isEqualTo(name);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Manual, monthly").contains("target 7");
    }

    @Test
    void anIsmsManagerMovesAMetricsTargetWithTheReason() throws IOException {
        Metric metric = metrics.defineManual(new MetricDraft("Backup restore time " + System.nanoTime() % 10000, "Backup (8.13)",
                "Hours to restore the reference system from backup in the quarterly test", "hours", Direction.LOWER_IS_BETTER, new BigDecimal("4"),
                new BigDecimal("8"), Frequency.QUARTERLY, "it-operations", "isms-managers"), Actor.person("isms-manager"));
        browser.signIn("isms-manager");
        browser.open("/metrics/" + metric.getId());
        browser.waitFor(By.cssSelector("details.card summary")).click();
        WebElement warning = browser.driver().findElement(By.name("warning"));
        warning.clear();
        warning.sendKeys("2");
        browser.driver().findElement(By.cssSelector("details.card button[type=submit]")).click();
        assertThat(browser.waitFor(By.xpath("//*[@name='warning']/ancestor::label//span[@class='field-error']")).getText())
                .isEqualTo("must not be below the target when lower is better");
        assertThat(browser.driver().findElement(By.xpath("//*[@name='reason']/ancestor::label//span[@class='field-error']")).getText())
                .isEqualTo("must not be blank");

        WebElement target = browser.driver().findElement(By.name("target"));
        target.clear();
        target.sendKeys("6");
        warning = browser.driver().findElement(By.name("warning"));
        warning.clear();
        warning.sendKeys("12");
        browser.driver().findElement(By.name("reason")).sendKeys("The new storage restores more slowly; agreed with the board");
        browser.screenshot("metric-change");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("details.card button[type=submit]")).click();

        browser.waitForText(By.cssSelector(".notice"), "is saved");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("target 6.00, warning at 12.00")
                .contains("changed the metric's definition").contains("agreed with the board");
        browser.screenshot("metric-history");
    }
}
