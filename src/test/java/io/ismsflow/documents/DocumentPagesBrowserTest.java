package io.ismsflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.context.IsmsRoles;
import io.ismsflow.context.IsmsScope;
import io.ismsflow.context.RoleDraft;
import io.ismsflow.context.ScopeDraft;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A policy's life in Chromium: recorded with its text, reviewed by its owner beside the document, refused to its
 * author for approval and approved by someone else; the roles and scope pages. Screenshots in target/browser/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired DocumentRegister register;
    @Autowired IsmsRoles roles;
    @Autowired IsmsScope scope;
    @Autowired TaskInbox inbox;

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
    void aPolicyIsRecordedReviewedBesideItsTextAndApprovedBySomeoneElse() throws IOException {
        Path text = Files.createTempFile("clean-desk-policy", ".txt");
        Files.writeString(text, "Clean desk and clear screen policy: lock your screen, clear your desk at the end of the day.");
        String title = "Clean desk policy " + System.nanoTime() % 10000;

        browser.signIn("isms-manager");
        browser.open("/documents");
        browser.waitFor(By.linkText("Record a document")).click();
        browser.waitFor(By.name("title")).sendKeys(title);
        new Select(browser.driver().findElement(By.name("owner"))).selectByVisibleText("Rafael Owner");
        browser.driver().findElement(By.name("controls")).sendKeys("7.7, 9.99");
        browser.driver().findElement(By.name("file")).sendKeys(text.toString());
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit].primary")).click();
        assertThat(browser.waitFor(By.cssSelector(".field-error")).getText()).contains("9.99");
        browser.screenshot("document-form-problem");
        WebElement controls = browser.driver().findElement(By.name("controls"));
        controls.clear();
        controls.sendKeys("7.7");
        browser.driver().findElement(By.name("file")).sendKeys(text.toString());
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit].primary")).click();

        WebElement versions = browser.waitFor(By.cssSelector("main table"));
        assertThat(versions.getText()).contains("v1").contains("Draft").contains(text.getFileName().toString());
        Document document = register.all().stream().filter(d -> d.getTitle().equals(title)).findFirst().orElseThrow();
        browser.screenshot("document-page-draft");
        assertReadableAndAccessible();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Submit for approval']")).click();
        assertThat(browser.waitFor(By.cssSelector(".notice")).getText()).contains("The review has started");
        browser.waiting().until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.cssSelector("#process-diagram svg")).isEmpty();
        });
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("process-diagram")));
        browser.screenshot("document-page-in-review");

        browser.signIn("risk-owner");
        browser.openTaskFromList("Review document", document.getCode());
        assertThat(browser.waitFor(By.id("document-panel")).getText()).contains(title).contains(text.getFileName().toString());
        browser.pick("Revised: I uploaded the new version beside this form");
        browser.screenshot("task-review-document");
        assertReadableAndAccessible();
        browser.complete();

        UserTask approval = new OpenTasks(inbox).awaitTask("approve-document", "documentId", document.getId());
        browser.signIn("isms-manager");
        browser.open("/tasks/" + approval.key());
        assertThat(browser.waitFor(By.id("why-not")).getText()).contains("You wrote what is up for approval");
        browser.screenshot("task-approve-refused-to-author");

        browser.signIn("isms-deputy");
        browser.open("/tasks/" + approval.key());
        browser.waitFor(By.cssSelector(".fjs-form"));
        browser.pick("Approve");
        browser.screenshot("task-approve-document");
        browser.complete();

        browser.open("/documents/" + document.getId());
        browser.waiting().until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.cssSelector("main h2")).getText().contains("Approved");
        });
        assertThat(browser.driver().findElement(By.cssSelector("section.history")).getText())
                .contains("Dana Deputy approved").contains("through Document review, step Record approval decision");
        browser.screenshot("document-page-approved");

        browser.open("/controls/7.7");
        assertThat(browser.waitFor(By.id("documented")).getText()).contains(title);
        browser.open("/documents?status=APPROVED");
        assertThat(browser.waitFor(By.cssSelector("main table")).getText()).contains(title);
        browser.screenshot("documents-register");
        assertReadableAndAccessible();
    }

    @Test
    void theRolesSayWhatTheProcessesAskOfThemAndTheScopeShowsItsVersions() throws IOException {
        long role = roles.define(new RoleDraft("Document approver " + System.nanoTime() % 10000, "top-management",
                "Approves the information security policy", null, List.of("top-manager"), null), Actor.person("isms-manager")).getId();
        if (scope.openDraft().isEmpty()) {
            scope.draft(new ScopeDraft("The ISMS covers the SaaS platform", "Head office; AWS tenant", null,
                    List.of(new ScopeDraft.Exclusion("Retail shops", "Franchised")), null), Actor.person("isms-manager"));
        }

        browser.signIn("isms-manager");
        browser.open("/context/roles/" + role);
        WebElement tasks = browser.waitFor(By.cssSelector("main section.card:nth-of-type(2) table"));
        assertThat(tasks.getText()).contains("Document review").contains("Approve document").contains("Approval of documented information");
        browser.screenshot("role-page");
        assertReadableAndAccessible();
        browser.driver().findElement(By.linkText("Edit or assign")).click();
        browser.waitFor(By.xpath("//label[span[normalize-space()='Bea Board']]/input")).click();
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit].primary")).click();
        assertThat(browser.waitFor(By.cssSelector("section.history")).getText()).contains("Ines Manager changed who holds the role")
                .contains("holders: Tomas Director → Bea Board, Tomas Director");

        browser.open("/context/roles");
        browser.waitFor(By.cssSelector("main table"));
        browser.screenshot("roles");
        assertReadableAndAccessible();
        browser.open("/context/scope");
        assertThat(browser.waitFor(By.cssSelector("main")).getText()).contains("Retail shops");
        browser.screenshot("scope");
        assertReadableAndAccessible();
        browser.open("/context/scope/draft");
        WebElement statement = browser.waitFor(By.name("statement"));
        browser.screenshot("scope-form");
        assertReadableAndAccessible();
        statement.clear();
        statement.sendKeys("The ISMS covers the SaaS platform and its support desk");
        browser.driver().findElement(By.cssSelector("form.record-form button[type=submit].primary")).click();
        assertThat(browser.waitFor(By.cssSelector("section.history")).getText()).contains("Ines Manager changed the draft scope");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("The ISMS covers the SaaS platform and its support desk");
    }

    private void assertReadableAndAccessible() throws IOException {
        List<String> problems = new ArrayList<>(browser.seriousAccessibilityViolations());
        String text = browser.driver().findElement(By.tagName("main")).getText();
        java.util.regex.Matcher raw = java.util.regex.Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").matcher(text);
        while (raw.find()) {
            problems.add("raw value " + raw.group());
        }
        assertThat(problems).as(browser.driver().getCurrentUrl()).isEmpty();
    }
}
