package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The risk treatment (6.1.3 e, 8.3) end to end: a review that decides to modify a risk starts its planned actions as
 * their owners' tasks (with the escalation chain); done, they implement their controls in the SoA; the owner then
 * confirms the residual risk reached, and a residual other than planned starts a new review.
 */
@Tag("calendar")
@IntegrationTest
class RiskTreatmentProcessTest {

    @Autowired RiskRegister register;
    @Autowired RiskReviews reviews;
    @Autowired TreatmentPlans plans;
    @Autowired StatementOfApplicability soa;
    @Autowired Escalations escalations;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;
    @Autowired TestRestTemplate rest;

    @Test
    void plannedActionsRunAsTasksImplementTheirControlsAndTheOwnerConfirmsTheResult() {
        Risk risk = register.identify(new RiskDraft("Account takeover " + System.nanoTime(), null, "CRM", "Phishing", "No MFA", true, false,
                false, "risk-owner", 4, 4, Treatment.MODIFY, "MFA", 2, 2, LocalDate.now(clock).plusYears(1), null), Actor.person("risk-owner"));
        TreatmentAction mfa = plans.plan(risk, new TreatmentActionDraft("Enforce MFA on the CRM", "8.5", "it-operations", "2 days of IT",
                LocalDate.now(clock).plusDays(10)), Actor.person("risk-owner"));
        plans.plan(risk, new TreatmentActionDraft("Brief the sales team", null, "risk-owner", null, LocalDate.now(clock).plusDays(20)),
                Actor.person("risk-owner"));

        reviews.start(risk.getId(), "isms-manager");
        OpenTasks open = new OpenTasks(inbox);
        UserTask reassess = open.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(reassess.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(4, 4, 2, 2, "8.5"));

        await().atMost(Duration.ofSeconds(20)).until(() -> open.all("implement-treatment-action", "riskId", risk.getId()).size() == 2);
        UserTask itTask = open.all("implement-treatment-action", "riskId", risk.getId()).stream()
                .filter(task -> "it-operations".equals(task.assignee())).findFirst().orElseThrow();
        assertThat(plans.action(mfa.getId()).getStatus()).isEqualTo(TreatmentAction.Status.IN_PROGRESS);

        clock.advance(Duration.ofDays(12));
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.of(itTask.processInstanceKey()).stream()
                .anyMatch(e -> e.level() == Escalation.Level.REMINDER && e.recipients().equals("it-operations")));

        tasks.complete(itTask.key(), TestUsers.as("it-operations"), Map.of("treatmentEvidence", "CHG-2231 MFA enforced"));
        UserTask briefing = open.awaitTask("implement-treatment-action", "riskId", risk.getId());
        tasks.complete(briefing.key(), TestUsers.as("risk-owner"), Map.of("treatmentEvidence", "Sales meeting minutes 2026-12-03"));

        UserTask confirm = open.awaitTask("confirm-treatment-result", "riskId", risk.getId());
        assertThat(confirm.assignee()).isEqualTo("risk-owner");
        assertThat(soa.get("8.5").getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(plans.of(risk.getId())).allSatisfy(action -> assertThat(action.getStatus()).isEqualTo(TreatmentAction.Status.DONE));
        assertThat(plans.action(mfa.getId()).getEvidence()).isEqualTo("CHG-2231 MFA enforced");
        assertThat(plans.action(mfa.getId()).getDoneBy()).isEqualTo("it-operations");

        tasks.complete(confirm.key(), TestUsers.as("risk-owner"), Map.of("residualReached", "no", "reachedLikelihood", 3, "reachedImpact", 3,
                "resultNotes", "Sales still share passwords for the shared mailbox"));
        await().atMost(Duration.ofSeconds(20)).until(() -> new EngineRecords(engine).isCompleted(confirm.processInstanceKey()));
        Risk after = register.get(risk.getId());
        assertThat(after.getResidualLikelihood()).isEqualTo(3);
        assertThat(after.getStatus()).isEqualTo(RiskStatus.UNDER_REVIEW);
        String csv = new String(rest.withBasicAuth("viewer", "demo").getForObject("/api/exports/treatment-plan.csv", byte[].class),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\"" + after.getCode() + "\"", "\"Enforce MFA on the CRM\",\"8.5\",\"Olga Operations\"", "\"CHG-2231 MFA enforced\"");
        UserTask again = open.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(again.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(4, 4, 3, 3, "8.5"));
    }

    @Test
    void theExportNeverHandsASpreadsheetAFormula() {
        assertThat(io.ismsflow.web.Csv.row("=HYPERLINK(\"x\")", "plain", null, "@SUM(1)"))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"plain\",\"\",\"'@SUM(1)\"");
    }
}
