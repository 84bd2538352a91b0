package io.ismsflow.corrective;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The corrective-action forms as form-js renders them, filled in a browser: the root cause, and the plan with its
 * repeating rows (fields of row n have component ids ending in _n), date picker and dropdown.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectiveFormsBrowserTest {

    @LocalServerPort int port;
    @Autowired CorrectiveActionProcess process;
    @Autowired Nonconformities nonconformities;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired Clock clock;

    Browser browser;

    @BeforeAll
    void open() throws IOException {
        browser = new Browser(port);
    }

    @AfterAll
    void close() {
        browser.quit();
    }

    @Test
    void theOwnerAnalysesAndPlansInTheBrowser() throws IOException {
        Nonconformity nc = process.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null,
                "Firewall rules not reviewed " + System.nanoTime(), "The firewall rule review was skipped twice", "Network",
                Severity.MINOR, "risk-owner", List.of("8.20"), List.of()), Actor.person("isms-manager"));
        OpenTasks openTasks = new OpenTasks(inbox);
        tasks.complete(openTasks.awaitTask("contain-and-correct", "nonconformityId", nc.getId()).key(), TestUsers.as("risk-owner"),
                Map.of("containment", "Reviewed the rules the same day", "hadConsequences", "no"));
        UserTask analysis = openTasks.awaitTask("analyse-root-cause", "nonconformityId", nc.getId());

        browser.signIn("risk-owner");
        browser.open("/tasks/" + analysis.key());
        browser.waitFor(By.cssSelector("[id$='causes-field']")).sendKeys("The review is not in anyone's calendar");
        browser.choose("method-field", "5 whys");
        browser.pick("No");
        browser.screenshot("root-cause-form");
        browser.complete();

        UserTask plan = openTasks.awaitTask("plan-corrective-actions", "nonconformityId", nc.getId());
        browser.open("/tasks/" + plan.key());
        browser.waitFor(By.cssSelector("[id$='action-title_0']")).sendKeys("Put the review in the operations calendar");
        browser.choose("action-owner_0", "Olga Operations");
        WebElement due = browser.driver().findElement(By.cssSelector("[id$='action-due_0-date']"));
        due.sendKeys(LocalDate.now(clock).plusDays(10).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
        browser.driver().findElement(By.cssSelector("[id$='action-control_0']")).sendKeys("8.20");
        browser.choose("action-control-status_0", "Implemented");
        browser.screenshot("action-plan-form");
        browser.complete();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> !nonconformities.actionsOf(nc.getId()).isEmpty());
        assertThat(nonconformities.get(nc.getId()).latestAnalysis().orElseThrow().causes())
                .isEqualTo("The review is not in anyone's calendar");
        assertThat(nonconformities.actionsOf(nc.getId())).singleElement().satisfies(action -> {
            assertThat(action.getTitle()).isEqualTo("Put the review in the operations calendar");
            assertThat(action.getOwner()).isEqualTo("it-operations");
            assertThat(action.getDueDate()).isEqualTo(LocalDate.now(clock).plusDays(10));
            assertThat(action.getChanges()).singleElement().satisfies(change -> assertThat(change.controlId()).isEqualTo("8.20"));
        });
    }
}
