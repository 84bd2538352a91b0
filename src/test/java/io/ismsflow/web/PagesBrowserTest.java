package io.ismsflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.CorrectiveSteps;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityState;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviewSteps;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The record pages, the task page's context panel, notifications and error pages as people see them in Chromium:
 * labels instead of stored values, names instead of user names, readable dates, and every link leading somewhere.
 * In a context of its own: it moves the clock to make a task overdue. Screenshots in target/browser/.
 */
@Tag("calendar")
@IsolatedIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {

    /** What a stored value looks like when it leaks onto a page: WITHIN_APPETITE, risk-review, an ISO timestamp. */
    private static final Pattern RAW_VALUE = Pattern.compile(
            "\\b[A-Z]{3,}_[A-Z_]+\\b|\\b(WITHIN|ABOVE|UNDER|INTERNAL|NOT|IMPLEMENTED|MODIFY|MAJOR|MINOR)\\b|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @LocalServerPort int port;
    @Autowired RiskRegister risks;
    @Autowired RiskReviews reviews;
    @Autowired CorrectiveActionProcess process;
    @Autowired Nonconformities nonconformities;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired EngineClock clock;
    @Autowired Labels labels;
    @Autowired io.ismsflow.context.OrganisationContext context;
    @Autowired io.ismsflow.escalation.Escalations escalations;
    @Autowired io.ismsflow.measurement.Metrics metrics;

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
    void aRiskPageShowsTheRiskItsMatrixAssessmentsAndHistoryInPlainWords() throws IOException {
        Risk risk = newRisk("Stolen laptop exposes customer data", 4, 4);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 4, 2, 2, "5.15"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !risks.assessmentsOf(risk.getId()).isEmpty());

        browser.signIn("isms-manager");
        browser.open("/risks");
        browser.screenshot("risk-register");
        assertReadable();
        browser.driver().findElement(By.linkText(risks.get(risk.getId()).getCode())).click();

        WebElement history = browser.waitFor(By.cssSelector("section.history"));
        assertThat(history.getText()).contains("Rafael Owner reassessed the risk:").contains("likelihood: 4 → 3")
                .contains("through Risk review, step Record risk assessment");
        assertThat(browser.driver().findElement(By.cssSelector("table.matrix")).getText()).contains("I").contains("R");
        assertThat(browser.driver().getPageSource()).contains("Rafael Owner").contains("Modify (treat with controls)");
        browser.screenshot("risk-page");
        assertReadable();

        WebElement diagram = browser.waitFor(By.cssSelector("#process-diagram svg"));
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector("#process-diagram .step-done")).isEmpty());
        assertThat(diagram.findElements(By.cssSelector("[data-element-id='record-risk-assessment'].step-done"))).isNotEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", diagram);
        browser.screenshot("risk-page-process");
    }

    @Test
    void aPersonNamesADelegateWhoThenWorksOnTheirTasksAndAManagerSeesWhatIsOverdue() throws IOException {
        Risk risk = newRisk("Office keys not returned", 2, 2);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());

        browser.signIn("risk-owner");
        browser.driver().findElement(By.linkText("Delegations")).click();
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.name("delegate"))).selectByVisibleText("Olga Operations");
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector("main table")).getText()).contains("Olga Operations").contains("Rafael Owner").contains("in force");
        browser.screenshot("delegations");

        browser.signIn("it-operations");
        browser.open("/tasks");
        assertThat(browser.waitFor(By.cssSelector("tr[data-task-key='" + task.key() + "']")).getText()).contains("Rafael Owner");
        browser.open("/tasks/" + task.key());
        browser.waitFor(By.id("complete"));

        clock.advance(Duration.ofDays(20));
        browser.signIn("isms-manager");
        browser.open("/tasks?view=all&overdue=true");
        WebElement late = browser.waitFor(By.cssSelector("tr[data-task-key='" + task.key() + "']"));
        assertThat(late.getText()).contains("overdue");
        browser.screenshot("tasks-overdue-view");
        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(2, 2, 1, 1, ""));
    }

    @Test
    void theReassessmentShowsTheRiskBesideTheFormAndTheLevelWhileTyping() throws IOException {
        Risk risk = newRisk("Phishing leads to account takeover", 3, 3);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());

        browser.signIn("risk-owner");
        browser.open("/tasks/" + task.key());
        WebElement panel = browser.waitFor(By.id("risk-panel"));
        assertThat(panel.getText()).contains("Phishing leads to account takeover").contains("Threat").contains("Appetite");
        WebElement live = browser.waitFor(By.id("live-level"));
        assertThat(live.getText()).contains("inherent: " + labels.of(risks.currentMatrix().levelOf(3, 3)));
        WebElement likelihood = browser.waitFor(By.cssSelector("[id$='likelihood-field']"));
        likelihood.clear();
        likelihood.sendKeys("5");
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(live,
                "inherent: " + labels.of(risks.currentMatrix().levelOf(5, 3))));
        browser.screenshot("task-reassess-with-context");
        assertThat(browser.driver().findElement(By.linkText("Open " + risks.get(risk.getId()).getCode() + " " + risk.getTitle()))
                .getDomAttribute("href")).isEqualTo("/risks/" + risk.getId());

        browser.signIn("it-operations");
        browser.open("/tasks/" + task.key());
        assertThat(browser.waitFor(By.id("why-not")).getText()).contains("Rafael Owner has claimed this task");
        assertThat(browser.driver().findElements(By.id("complete"))).isEmpty();
        browser.screenshot("task-claimed-by-someone-else");
    }

    @Test
    void aNonconformityTaskShowsTheRecordAndAVerifierWhoOwnsAnActionIsToldBeforeTrying() throws IOException {
        CorrectiveSteps steps = new CorrectiveSteps(process, nonconformities, tasks, new OpenTasks(inbox), clock);
        Nonconformity nc = steps.raise(Severity.MAJOR, "8.13");
        steps.contain(nc);
        steps.analyse(nc);
        steps.plan(nc, steps.action("Test restores monthly", "auditor", 10, java.util.Map.of()));
        steps.approve(nc);
        steps.implementAll(nc, "auditor");
        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
        clock.advance(Duration.ofDays(31));
        UserTask verify = steps.task("verify-effectiveness", nc);

        browser.signIn("auditor");
        browser.open("/tasks/" + verify.key());
        WebElement panel = browser.waitFor(By.id("nonconformity-panel"));
        assertThat(panel.getText()).contains("Backups were not tested").contains("Test restores monthly").contains("Ran a full restore test");
        assertThat(browser.waitFor(By.id("why-not")).getText()).contains("effectiveness must be verified by someone else");
        assertThat(browser.driver().findElements(By.id("complete"))).isEmpty();
        browser.screenshot("task-verify-refused-before-trying");

        browser.open("/nonconformities/" + nc.getId());
        browser.waitFor(By.cssSelector("section.history"));
        browser.screenshot("nonconformity-page");
        assertReadable();
    }

    @Test
    void aReminderOpensTheTaskItIsAbout() throws IOException {
        Risk risk = newRisk("Supplier outage stops deliveries", 2, 4);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
        clock.advance(Duration.ofDays(15));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !escalations.of(task.processInstanceKey()).isEmpty());

        browser.signIn("risk-owner");
        browser.open("/notifications");
        WebElement reminder = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(., '" + risks.get(risk.getId()).getCode() + "')]//a[text()='Open the task']")));
        browser.screenshot("notifications");
        reminder.click();

        browser.waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/tasks/" + task.key()));
        browser.waitFor(By.id("risk-panel"));
        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(2, 4, 1, 4, ""));
    }

    @Test
    void unknownPagesAndRecordsGetAnErrorPageNotJson() throws IOException {
        browser.signIn("isms-manager");
        for (String path : List.of("/risks/999999", "/nonconformities/abc", "/controls/9.99", "/dashboard-that-is-not-there")) {
            browser.open(path);
            WebElement heading = browser.waitFor(By.cssSelector("main h2"));
            assertThat(heading.getText()).as(path).isEqualTo("Not Found");
            assertThat(browser.driver().getPageSource()).as(path).doesNotContain("\"status\"").doesNotContain("Whitelabel");
        }
        browser.screenshot("not-found");
    }

    @Test
    void onAPhoneThePagesFitTheScreen() throws IOException {
        browser.signIn("risk-owner");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/", "/tasks", "/risks", "/controls", "/nonconformities", "/context")) {
                browser.open(page);
                browser.waitFor(By.cssSelector("main h2"));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
                assertThat(overflow).as("horizontal scroll on " + page).isEqualTo(false);
                browser.screenshot("phone" + (page.equals("/") ? "-home" : page.replace('/', '-')));
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void theEditScreensShowTheServersProblemsNextToTheirFields() throws IOException {
        Risk risk = newRisk("Backup tapes kept in the server room", 2, 3);

        browser.signIn("risk-owner");
        browser.open("/risks/" + risk.getId());
        browser.waitFor(By.linkText("Edit")).click();
        WebElement title = browser.waitFor(By.name("title"));
        title.clear();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '1999-01-01'",
                browser.driver().findElement(By.name("nextReviewDue")));
        browser.driver().findElement(By.cssSelector("button[type=submit].primary")).click();

        assertThat(errorNextTo("title")).isEqualTo("must not be blank");
        assertThat(errorNextTo("nextReviewDue")).isEqualTo("must be a date between 2000-01-01 and 2099-12-31");
        browser.screenshot("risk-edit-problems");
        browser.waitFor(By.name("title")).sendKeys("Backup tapes kept off site");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = ''",
                browser.driver().findElement(By.name("nextReviewDue")));
        browser.driver().findElement(By.cssSelector("button[type=submit].primary")).click();

        assertThat(browser.waitFor(By.cssSelector("section.history")).getText())
                .contains("Rafael Owner edited the risk:").contains("title: Backup tapes kept in the server room → Backup tapes kept off site");

        browser.signIn("isms-manager");
        browser.open("/controls/7.10");
        browser.waitFor(By.linkText("Decide")).click();
        browser.waitFor(By.cssSelector("input[name=applicable][value=false]")).click();
        browser.driver().findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(errorNextTo("exclusionJustification")).isEqualTo("an excluded control needs a justification for its exclusion");
        browser.screenshot("control-decision-problems");
    }

    @Test
    void aPersonChoosesTheTimeZoneDatesAreShownIn() throws IOException {
        browser.signIn("viewer");
        browser.driver().findElement(By.linkText("Settings")).click();
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.name("zone"))).selectByValue("Pacific/Auckland");
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit]")).click();

        assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("Saved");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("zone")))
                .getFirstSelectedOption().getDomAttribute("value")).isEqualTo("Pacific/Auckland");
        assertThat(browser.driver().manage().getCookieNamed("tz").getValue()).isEqualTo("Pacific%2FAuckland");
        browser.screenshot("settings");
        browser.driver().manage().deleteCookieNamed("tz");
    }

    @Test
    void evidenceFilesAreAddedBesideTheTaskAndOnTheControlPageNeverThroughTheForm() throws IOException {
        CorrectiveSteps steps = new CorrectiveSteps(process, nonconformities, tasks, new OpenTasks(inbox), clock);
        Nonconformity nc = steps.raise(Severity.MINOR, "8.13");
        steps.contain(nc);
        steps.analyse(nc);
        steps.planOne(nc, "Document the restore test");
        steps.approve(nc);
        UserTask implement = steps.task("implement-action", nc);
        java.nio.file.Path report = java.nio.file.Files.createTempFile("restore-test", ".txt");
        java.nio.file.Files.writeString(report, "Restore of the file server tested on the 3rd: 42 GB in 38 minutes.");
        java.nio.file.Path disguised = java.nio.file.Files.createTempFile("report", ".pdf");
        java.nio.file.Files.writeString(disguised, "not a PDF at all");

        browser.signIn("risk-owner");
        browser.open("/tasks/" + implement.key());
        browser.waitFor(By.cssSelector("#nonconformity-panel input[type=file]")).sendKeys(disguised.toString());
        browser.driver().findElement(By.cssSelector("#nonconformity-panel form.upload button")).click();
        assertThat(browser.waitFor(By.cssSelector(".notice.error")).getText()).contains("which its name does not say");
        browser.waitFor(By.cssSelector("#nonconformity-panel input[type=file]")).sendKeys(report.toString());
        browser.driver().findElement(By.cssSelector("#nonconformity-panel form.upload button")).click();

        assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("is kept as evidence of \"Document the restore test\"");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/tasks/" + implement.key());
        assertThat(browser.waitFor(By.cssSelector("#nonconformity-panel section.evidence")).getText()).contains(report.getFileName().toString());
        browser.screenshot("task-implement-with-evidence");

        browser.signIn("isms-manager");
        browser.open("/controls/8.13");
        browser.waitFor(By.cssSelector("section.evidence input[type=file]")).sendKeys(report.toString());
        browser.driver().findElement(By.cssSelector("section.evidence form.upload button")).click();
        WebElement files = browser.waitFor(By.cssSelector("section.evidence table"));
        assertThat(files.getText()).contains(report.getFileName().toString()).contains("Ines Manager");
        assertThat(browser.driver().findElement(By.cssSelector("section.history")).getText()).contains("Ines Manager added an evidence file");
        browser.screenshot("control-evidence");
    }

    @Test
    void anIsmsManagerRecordsAnInterestedPartyAndMustSayWhyARequirementIsNotAddressed() throws IOException {
        browser.signIn("isms-manager");
        browser.open("/context/parties");
        browser.waitFor(By.linkText("Record an interested party")).click();
        browser.waitFor(By.name("name")).sendKeys("Data protection authority");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("kind"))).selectByVisibleText("Regulator");
        browser.driver().findElement(By.name("requirements[0].requirement")).sendKeys("Report personal data breaches within 72 hours");
        browser.driver().findElement(By.name("requirements[0].source")).sendKeys("GDPR Art. 33");
        browser.driver().findElement(By.cssSelector("input[name='requirements[0].addressed'][value=false]")).click();
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit]")).click();

        assertThat(browser.waitFor(By.cssSelector(".requirement .field-error")).getText()).isEqualTo("say how the ISMS addresses it, or why it does not");
        browser.screenshot("party-form-problem");
        browser.driver().findElement(By.cssSelector("input[name='requirements[0].addressed'][value=true]")).click();
        browser.driver().findElement(By.name("requirements[0].how")).sendKeys("Incident procedure, control 5.24; DPO notifies");
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit]")).click();

        WebElement requirements = browser.waitFor(By.cssSelector("main table"));
        assertThat(requirements.getText()).contains("Report personal data breaches within 72 hours").contains("GDPR Art. 33")
                .contains("Incident procedure, control 5.24");
        assertThat(browser.driver().findElement(By.cssSelector("section.history")).getText()).contains("Ines Manager recorded the interested party");

        browser.driver().findElement(By.cssSelector("#feedback summary")).click();
        browser.waitFor(By.name("summary")).sendKeys("Asked whether our breach procedure was tested this year");
        browser.driver().findElement(By.name("nonconformity")).sendKeys("NC-7");
        browser.driver().findElement(By.cssSelector("#feedback button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector("#feedback .field-error")).getText()).isEqualTo("must be a nonconformity's code, such as NC-0003");
        WebElement code = browser.driver().findElement(By.name("nonconformity"));
        code.clear();
        browser.driver().findElement(By.cssSelector("#feedback button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector("#feedback table")).getText()).contains("Asked whether our breach procedure was tested");
        browser.screenshot("party-page");
    }

    @Test
    void theRiskCriteriaAreReadableAndANewVersionIsProposedFromThem() throws IOException {
        browser.signIn("isms-manager");
        browser.open("/risks");
        browser.waitFor(By.partialLinkText("The risk criteria")).click();
        assertThat(browser.waitFor(By.cssSelector("main")).getText()).contains("Almost certain").contains("The risk owner and top management")
                .contains("3 months");
        browser.screenshot("risk-criteria");
        assertReadable();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.driver().findElement(By.linkText("Propose new criteria")).click();
        browser.waitFor(By.name("description"));
        browser.driver().findElement(By.cssSelector("button[type=submit].primary")).click();
        browser.screenshot("risk-criteria-unchanged");
        assertThat(errorNextTo("description")).isEqualTo("the proposal is the same as the criteria in force");
        WebElement description = browser.driver().findElement(By.name("description"));
        description.clear();
        description.sendKeys("Critical risks reviewed every two months");
        WebElement interval = browser.driver().findElement(By.name("intervals[3]"));
        interval.clear();
        interval.sendKeys("P2M");
        browser.screenshot("risk-criteria-form");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(browser.waitFor(By.cssSelector("main")).getText()).contains("Proposed: version 2, with top management for approval")
                .contains("2 months");
        assertThat(browser.driver().findElement(By.cssSelector("section.history")).getText()).contains("Ines Manager proposed new risk criteria");
    }

    @Test
    void aChangeIsRecordedInTheBrowserAndStartsTheReviewsOfItsRisks() throws IOException {
        Risk risk = newRisk("Remote access through the old VPN", 3, 4);
        browser.signIn("isms-manager");
        browser.open("/risks");
        browser.waitFor(By.partialLinkText("Significant changes")).click();
        browser.waitFor(By.cssSelector("details.card summary")).click();
        browser.waitFor(By.name("title")).sendKeys("Zero-trust access replaces the VPN");
        browser.driver().findElement(By.name("sourceReference")).sendKeys("CAB-2026-117");
        browser.driver().findElement(By.xpath("//label[span[contains(., '" + risks.get(risk.getId()).getCode() + " ')]]/input")).click();
        browser.screenshot("change-form");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit].primary")).click();

        assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("reviews started for 1 of its 1 risks");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Under review").contains("CAB-2026-117");
        browser.screenshot("change-page");
        assertReadable();

        browser.open("/risks/" + risk.getId());
        browser.waitFor(By.cssSelector("details.defer summary")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.name("nextReviewDue")), LocalDate.now(clock).plusYears(2).toString());
        browser.driver().findElement(By.name("reason")).sendKeys("Decommissioned with the VPN next spring");
        browser.driver().findElement(By.cssSelector("details.defer button")).click();
        browser.waitForText(By.cssSelector("section.history"), "Ines Manager deferred the next review");
    }

    @Test
    void aMetricShowsItsDefinitionAndItsResultsAsAChartAndATable() throws IOException {
        metrics.sample(LocalDate.now(clock).minusDays(1));
        metrics.sample(LocalDate.now(clock));
        browser.signIn("viewer");
        browser.driver().findElement(By.linkText("Metrics")).click();
        assertThat(browser.waitFor(By.cssSelector("main table")).getText()).contains("Overdue tasks").contains("at most");
        browser.screenshot("metric-catalogue");
        assertReadable();
        browser.driver().findElement(By.linkText("Risks above the appetite")).click();
        browser.waitFor(By.id("metric-results"));
        browser.waiting().until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return !!(window.Chart && window.Chart.getChart(document.getElementById('metric-chart')));")));
        assertThat(browser.driver().findElements(By.cssSelector("#metric-results tbody tr"))).hasSize(2);
        browser.screenshot("metric-page");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** "Try it out" in Swagger UI from a signed-in session: a change goes through, with the CSRF token sent along. */
    @Test
    void theApiCanBeTriedOutFromSwaggerUi() throws IOException {
        browser.signIn("top-manager");
        browser.open("/swagger-ui/index.html");
        WebElement operation = browser.waitFor(By.cssSelector("[id$='-decideOnClimate'] .opblock-summary"));
        operation.click();
        browser.waitFor(By.cssSelector("[id$='-decideOnClimate'] .try-out__btn")).click();
        WebElement body = browser.waitFor(By.cssSelector("[id$='-decideOnClimate'] textarea.body-param__text"));
        body.clear();
        body.sendKeys("{\"relevant\": false, \"rationale\": \"Tried out from the API page\", \"decidedBy\": \"top-manager\", \"decidedOn\": \""
                + LocalDate.now(clock) + "\"}");
        browser.driver().findElement(By.cssSelector("[id$='-decideOnClimate'] .execute")).click();

        WebElement status = browser.waitFor(By.cssSelector("[id$='-decideOnClimate'] .live-responses-table tbody .response-col_status"));
        assertThat(status.getText()).startsWith("201");
        browser.screenshot("swagger-try-it-out");
        assertThat(context.climateDecisions()).anyMatch(decision -> decision.rationale().equals("Tried out from the API page"));
    }

    private String errorNextTo(String field) {
        return browser.waitFor(By.xpath("//*[@name='" + field + "']/ancestor::label//span[@class='field-error']")).getText();
    }

    /** One crawl over every kind of page, as a manager would see them: no serious accessibility violation (axe-core). */
    @Test
    void everyPageIsAccessible() throws IOException {
        Risk risk = newRisk("Shared admin passwords", 3, 4);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
        Nonconformity nc = new CorrectiveSteps(process, nonconformities, tasks, new OpenTasks(inbox), clock).raise(Severity.MINOR, "5.15");

        browser.signIn("risk-owner");
        Map<String, List<String>> violations = new java.util.TreeMap<>();
        long issue = context.record(new io.ismsflow.context.IssueDraft("Ransomware groups target our sector", io.ismsflow.context.IssueOrigin.EXTERNAL,
                io.ismsflow.context.IssueCategory.TECHNOLOGICAL, "Backups first", "isms-manager", LocalDate.now(clock).plusMonths(3), null),
                Actor.person("isms-manager")).getId();
        for (String page : List.of("/", "/tasks", "/tasks?view=all", "/delegations", "/settings", "/context", "/context/issues/" + issue, "/context/parties",
                "/tasks/" + task.key(), "/risks", "/risks/" + risk.getId(), "/risks/" + risk.getId() + "/edit",
                "/controls", "/controls/5.15", "/soa/issues", "/risks/criteria", "/risks/treatment-plan", "/changes", "/documents",
                "/context/roles", "/context/scope", "/metrics", "/objectives", "/improvements",
                "/nonconformities", "/nonconformities/" + nc.getId(), "/notifications", "/risks/999999")) {
            browser.open(page);
            browser.waitFor(By.cssSelector("main h2"));
            if (page.startsWith("/tasks/")) {
                browser.waitFor(By.cssSelector(".fjs-form"));
            }
            List<String> found = browser.seriousAccessibilityViolations();
            if (!found.isEmpty()) {
                violations.put(page, found);
            }
        }
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.waitFor(By.name("username"));
        List<String> login = browser.seriousAccessibilityViolations();
        if (!login.isEmpty()) {
            violations.put("/login", login);
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    private void assertReadable() {
        String text = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(RAW_VALUE.matcher(text).results().map(match -> match.group()).toList()).as("raw values on the page").isEmpty();
    }

    private Risk newRisk(String title, int likelihood, int impact) {
        return risks.identify(new RiskDraft(title, null, "Laptops", "Theft", "No disk encryption", true, false, false, "risk-owner",
                likelihood, impact, Treatment.MODIFY, null, 2, 2, LocalDate.now(clock).plusYears(1), null), Actor.person("isms-manager"));
    }
}
