package io.ismsflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.engine.EngineClock;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * The internal audit in Chromium: the proposed programme with its reasons and a move, the approval task with the
 * programme beside it, the auditor's checklist and findings on the audit's page, the universe. Screenshots in
 * target/browser/.
 */
@Tag("calendar")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired AuditProgrammes programmes;
    @Autowired Audits audits;
    @Autowired Tasks tasks;
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
    void anIsmsManagerShapesTheProgrammeAndAnAuditorWorksThroughTheChecklist() throws IOException {
        LocalDate today = LocalDate.now(clock);
        long programmeId = programmes.request(today.getYear(), Actor.person("isms-manager")).getId();
        OpenTasks open = new OpenTasks(inbox);
        UserTask approval = open.awaitTask("approve-audit-programme", "programmeId", programmeId);
        List<Audit> proposed = programmes.auditsOf(programmeId);
        Audit kept = proposed.getFirst();
        Audit moved = proposed.get(1);
        proposed.stream().skip(2).forEach(audit -> programmes.drop(audit.getId(), "Covered by the certification audit", audit.getVersion(),
                Actor.person("isms-manager")));

        browser.signIn("isms-manager");
        browser.open("/audit-programmes/" + today.getYear());
        assertThat(browser.waitFor(By.tagName("main")).getText()).contains(kept.getCode()).contains("never audited")
                .contains("Covered by the certification audit");
        browser.screenshot("audit-programme-proposed");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        WebElement row = browser.driver().findElement(By.xpath("//td[a[text()='" + moved.getCode() + "']]/.."));
        row.findElement(By.tagName("summary")).click();
        row.findElement(By.name("reason")).sendKeys("The owner is on leave in the first half of the month");
        row.findElement(By.cssSelector("form button")).click();
        browser.waitForText(By.cssSelector(".notice"), moved.getCode() + " is moved");
        assertThat(audits.get(moved.getId()).getChangeReason()).isEqualTo("The owner is on leave in the first half of the month");

        browser.open("/tasks/" + approval.key());
        assertThat(browser.waitFor(By.id("audit-programme-panel")).getText()).contains(kept.getCode()).contains("Proposed");
        browser.screenshot("task-approve-audit-programme");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of());

        UserTask plan = open.awaitTask("plan-audit", "auditId", kept.getId());
        tasks.complete(plan.key(), TestUsers.as("auditor"), Map.of("leadAuditor", "auditor", "auditTeam", List.of("auditor-2"),
                "auditees", List.of("it-operations"), "planScope", "Head office", "planCriteria", "7.5, A.5.1", "auditMethods",
                List.of("INTERVIEWS", "DOCUMENT_REVIEW"), "plannedStart", today.toString(), "plannedEnd", today.plusDays(2).toString()));
        open.awaitTask("conduct-audit", "auditId", kept.getId());

        browser.signIn("auditor");
        browser.open("/audits/" + kept.getCode());
        assertThat(browser.waitFor(By.id("checklist")).getText()).contains("0 of 2 recorded").contains("Documented information");
        WebElement first = browser.driver().findElements(By.cssSelector("details.row-form")).getFirst();
        first.findElement(By.tagName("summary")).click();
        new Select(first.findElement(By.name("result"))).selectByVisibleText("Minor nonconformity");
        first.findElement(By.name("evidenceSeen")).sendKeys("Document register: two procedures without an owner");
        first.findElement(By.cssSelector("button.primary")).click();
        browser.waitForText(By.cssSelector(".notice"), "Row 1 is recorded");

        browser.driver().findElement(By.xpath("//section[@id='findings']//summary")).click();
        new Select(browser.driver().findElement(By.name("type"))).selectByVisibleText("Minor nonconformity");
        browser.driver().findElement(By.name("description")).sendKeys("Two procedures have no owner, so nobody reviews them");
        browser.driver().findElement(By.xpath("//section[@id='findings']//button[@type='submit' and contains(@class, 'primary')]")).click();
        assertThat(browser.waitForText(By.id("findings"), kept.getCode() + "-F1")).contains("Two procedures have no owner");
        browser.screenshot("audit-fieldwork");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.signIn("isms-manager");
        browser.open("/audit-universe");
        assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Endpoints, access and cryptography").contains("5 of 5");
        browser.screenshot("audit-universe");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
