package io.ismsflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task list in a real browser (Debian's headless Chromium and ChromeDriver, installed by .ci/run): a risk owner
 * signs in, opens their review task, fills the Camunda Form that form-js renders, submits it and sees the task gone
 * and the risk rescored; a viewer sees the open tasks but no claim button. Screenshots go to target/browser/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListBrowserTest {

    @LocalServerPort int port;
    @Autowired RiskRegister risks;
    @Autowired RiskReviews reviews;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired Clock clock;

    Browser browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = new Browser(port);
        driver = browser.driver();
        wait = browser.waiting();
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aRiskOwnerCompletesTheirReviewInTheFormAndTheRiskIsRescored() throws IOException {
        Risk risk = riskUnderReview(3, 4);
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());

        browser.signIn("risk-owner");
        browser.open("/tasks");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-task-key='" + task.key() + "']")));
        assertThat(row.getText()).contains("Reassess risk").contains(register(risk).getCode());
        row.findElement(By.linkText("Reassess risk")).click();

        WebElement likelihood = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='likelihood-field']")));
        assertThat(likelihood.getDomProperty("value")).isEqualTo("3");
        replace(likelihood, "2");
        replace(driver.findElement(By.cssSelector("textarea[id$='notes-field']")), "Reviewed in the browser: MFA is enforced now");
        driver.findElement(By.cssSelector("input[id$='owner-accepts-field']")).click();
        browser.screenshot("risk-owner-fills-reassessment");
        driver.findElement(By.id("complete")).click();

        wait.until(ExpectedConditions.urlContains("/tasks?completed="));
        browser.screenshot("risk-owner-task-done");
        assertThat(driver.findElements(By.cssSelector("tr[data-task-key='" + task.key() + "']"))).isEmpty();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> register(risk).getLikelihood() == 2);
        assertThat(risks.assessmentsOf(risk.getId())).singleElement()
                .satisfies(assessment -> assertThat(assessment.notes()).isEqualTo("Reviewed in the browser: MFA is enforced now"));
    }

    @Test
    void aServerSideProblemIsShownNextToTheForm() throws IOException {
        Risk risk = riskUnderReview(3, 3);
        UserTask task = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());

        browser.signIn("risk-owner");
        browser.open("/tasks/" + task.key());
        WebElement controls = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='treatment-controls-field']")));
        replace(controls, "5.15, 5.99");
        driver.findElement(By.cssSelector("input[id$='owner-accepts-field']")).click();
        driver.findElement(By.id("complete")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form"), "Control 5.99 not in the SoA"));
        assertThat(driver.findElement(By.id("problems")).getText())
                .isEqualTo("The task was not completed:\nControls that treat this risk: Control 5.99 not in the SoA");
        browser.screenshot("server-side-problem");
        assertThat(inbox.find(task.key())).isPresent();
    }

    @Test
    void aViewerSeesOpenTasksButCannotClaimThem() throws IOException {
        Risk risk = riskUnderReview(4, 4);
        UserTask reassess = new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(reassess.key(), TestUsers.as("risk-owner"), Map.of("likelihood", 4, "impact", 4, "treatment", "RETAIN",
                "residualLikelihood", 4, "residualImpact", 4, "ownerAccepts", true));
        UserTask decision = new OpenTasks(inbox).awaitTask("decide-on-residual-risk", "riskId", risk.getId());

        browser.signIn("viewer");
        browser.open("/tasks");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-task-key='" + decision.key() + "']")));
        browser.screenshot("viewer-task-list");
        assertThat(row.getText()).contains("not claimed");
        assertThat(driver.findElements(By.cssSelector("button.claim"))).isEmpty();
        browser.open("/tasks/" + decision.key());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(driver.findElements(By.id("complete"))).isEmpty();

        browser.signIn("isms-manager");
        browser.open("/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-task-key='" + decision.key() + "'] button.claim"))).click();
        wait.until(ExpectedConditions.urlContains("/tasks/" + decision.key()));
        assertThat(inbox.find(decision.key()).orElseThrow().task().assignee()).isEqualTo("isms-manager");
    }

    private Risk riskUnderReview(int likelihood, int impact) {
        Risk risk = risks.identify(new RiskDraft("Browser test " + System.nanoTime(), null, "CRM", "Account takeover",
                "No MFA", true, false, false, "risk-owner", likelihood, impact, Treatment.MODIFY, null, 2, 2,
                LocalDate.now(clock).plusYears(1), null), Actor.person("test"));
        reviews.start(risk.getId(), "isms-manager");
        return risk;
    }

    private Risk register(Risk risk) {
        return risks.get(risk.getId());
    }

    /** Selects what the field holds and types over it, as a person would (form-js listens to input events). */
    private static void replace(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

}
