package io.ismsflow.corrective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.Upload;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.DatabaseFaults;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The corrective-action loop (10.2) end to end: in-memory engine, real workers, real database. */
@Tag("calendar")
@IntegrationTest
class CorrectiveActionProcessTest {

    private static final Duration PAST_EFFECTIVENESS_PERIOD = Duration.ofDays(91);

    @Autowired CorrectiveActionProcess process;
    @Autowired Nonconformities nonconformities;
    @Autowired RiskRegister risks;
    @Autowired StatementOfApplicability soa;
    @Autowired AuditTrail trail;
    @Autowired Escalations escalations;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient camunda;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;
    @Autowired DatabaseFaults faults;
    @Autowired EvidenceFiles evidence;
    @Autowired TestRestTemplate rest;
    TestRestTemplate http;
    @Autowired ObjectMapper json;

    OpenTasks openTasks;
    CorrectiveSteps steps;
    EngineRecords records;

    @BeforeEach
    void setUp() {
        http = rest.withBasicAuth("isms-manager", "demo");
        openTasks = new OpenTasks(inbox);
        steps = new CorrectiveSteps(process, nonconformities, tasks, openTasks, clock);
        records = new EngineRecords(engine);
    }

    @Test
    void aNonconformityIsCorrectedVerifiedAndClosedWithItsDocumentedInformation() {
        Risk risk = risk();
        Nonconformity nc = steps.raise(Severity.MAJOR, "8.13");
        assertThat(nc.getCode()).matches("NC-\\d{4}");

        steps.contain(nc);
        steps.analyse(nc);
        UserTask plan = steps.task("plan-corrective-actions", nc);
        tasks.complete(plan.key(), TestUsers.as("risk-owner"), Map.of("plannedActions", List.of(
                steps.action("Test restores monthly", "risk-owner", 10, Map.of("riskCode", risk.getCode(), "residualLikelihood", 1, "residualImpact", 2,
                        "controlId", "8.13", "controlStatus", "IMPLEMENTED")))));
        steps.approve(nc);
        steps.implementAll(nc, "risk-owner");
        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);

        assertThat(risks.get(risk.getId()).getResidualLikelihood()).isEqualTo(1);
        assertThat(soa.get("8.13").getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(trail.find("control", "8.13")).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("status-changed");
            assertThat(entry.jobType()).isEqualTo("apply-isms-changes");
            assertThat(entry.actor()).isEqualTo("isms-manager");
            assertThat(entry.processInstanceKey()).isEqualTo(plan.processInstanceKey());
        });

        clock.advance(PAST_EFFECTIVENESS_PERIOD);
        steps.verify(nc, "auditor", "effective", "Restores tested in three consecutive months");
        awaitCompleted(plan.processInstanceKey());

        Nonconformity closed = nonconformities.get(nc.getId());
        assertThat(closed.getState()).isEqualTo(NonconformityState.CLOSED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(closed.getClosureReport())
                .contains("\"nature\":\"Backups were not tested")
                .contains("\"evidence\":\"CHG-")
                .contains("Restores tested in three consecutive months")
                .contains("\"timeline\"");
        assertThat(records.completedElementIds(plan.processInstanceKey())).containsSubsequence(
                "register-nonconformity", "contain-and-correct", "find-similar-nonconformities", "analyse-root-cause",
                "plan-corrective-actions", "approve-plan", "implement-actions", "apply-isms-changes",
                "effectiveness-period-passed", "verify-effectiveness", "close-nonconformity");

        JsonNode view = http.getForObject("/api/nonconformities/" + nc.getId(), JsonNode.class);
        assertThat(view.findValuesAsText("step")).containsSubsequence("raised", "process-started", "contained", "analysed",
                "planned: Test restores monthly", "planned", "plan-approved", "implemented: Test restores monthly", "implementing",
                "isms-changes-applied: Test restores monthly", "awaiting-effectiveness", "effective", "closed");
        assertThat(view.at("/timeline/0/by").asText()).isEqualTo("isms-manager");
        assertThat(view.at("/timeline/1/via").asText()).isEqualTo("register-nonconformity (register-nonconformity)");
        assertThat(view.at("/timeline/2/by").asText()).isEqualTo("risk-owner");
        assertThat(view.at("/timeline/2/via").asText()).isEqualTo("record-containment (record-containment)");
    }

    @Test
    void aRejectedPlanIsPlannedAgainThenApproved() {
        Nonconformity nc = steps.raise(Severity.MINOR);
        steps.contain(nc);
        steps.analyse(nc);
        steps.planOne(nc, "First idea");
        UserTask approval = steps.task("approve-plan", nc);
        assertThatThrownBy(() -> tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of("planDecision", "reject")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .containsEntry("planDecisionReason", "is required when you reject the plan"));
        tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of("planDecision", "reject",
                "planDecisionReason", "Does not address the cause: nobody owns the backup test"));

        UserTask replan = steps.task("plan-corrective-actions", nc);
        assertThat(inbox.find(replan.key()).orElseThrow().variables()).containsEntry("planDecisionReason",
                "Does not address the cause: nobody owns the backup test");
        steps.planOne(nc, "Assign the backup test to the operations lead");
        steps.approve(nc);

        UserTask implement = steps.task("implement-action", nc);
        assertThat(inbox.find(implement.key()).orElseThrow().variables().get("action").toString())
                .contains("Assign the backup test to the operations lead");
        Nonconformity approved = nonconformities.get(nc.getId());
        assertThat(approved.getPlanReviews()).extracting(Nonconformity.PlanReview::approved).containsExactly(false, true);
        assertThat(nonconformities.actionsOf(nc.getId())).extracting(CorrectiveAction::getPlanVersion).containsExactly(1, 2);
    }

    @Test
    void ineffectiveTwiceEscalatesToTopManagementThenEffectiveCloses() {
        Nonconformity nc = steps.raise(Severity.MAJOR);
        steps.contain(nc);
        long processInstanceKey = 0;
        for (int round = 1; round <= 3; round++) {
            UserTask analysis = steps.task("analyse-root-cause", nc);
            processInstanceKey = analysis.processInstanceKey();
            if (round > 1) {
                assertThat(inbox.find(analysis.key()).orElseThrow().variables().get("effectivenessReasoning").toString())
                        .contains("round " + (round - 1));
            }
            steps.analyse(nc);
            steps.planOne(nc, "Round " + round + " action");
            steps.approve(nc);
            steps.implementAll(nc, "risk-owner");
            steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
            clock.advance(PAST_EFFECTIVENESS_PERIOD);
            boolean last = round == 3;
            steps.verify(nc, "auditor", last ? "effective" : "ineffective", "Still failing after round " + round);
            if (round == 1) {
                steps.awaitState(nc, NonconformityState.INEFFECTIVE);
                assertThat(escalations.of(processInstanceKey)).filteredOn(escalation -> escalation.task() == null).isEmpty();
            }
        }
        awaitCompleted(processInstanceKey);

        assertThat(escalations.of(processInstanceKey)).filteredOn(escalation -> escalation.task() == null).singleElement().satisfies(escalation -> {
            assertThat(escalation.level()).isEqualTo(Escalation.Level.TOP_MANAGEMENT);
            assertThat(escalation.recipients()).isEqualTo("top-manager, board-member");
            assertThat(escalation.reason()).contains(nc.getCode()).contains("2 rounds").contains("Still failing after round 2");
        });
        Nonconformity closed = nonconformities.get(nc.getId());
        assertThat(closed.getEffectivenessReviews()).extracting(Nonconformity.EffectivenessReview::effective)
                .containsExactly(false, false, true);
        assertThat(closed.getAnalyses()).hasSize(3);
        assertThat(closed.getState()).isEqualTo(NonconformityState.CLOSED);
    }

    @Test
    void parallelActionsRunIndependentlyAndTheLateOneIsReminded() {
        Nonconformity nc = steps.raise(Severity.MINOR);
        steps.contain(nc);
        steps.analyse(nc);
        UserTask plan = steps.task("plan-corrective-actions", nc);
        tasks.complete(plan.key(), TestUsers.as("risk-owner"), Map.of("plannedActions", List.of(
                steps.action("Quick fix", "risk-owner", 2, Map.of()),
                steps.action("Policy update", "isms-manager", 20, Map.of()))));
        steps.approve(nc);

        await().atMost(CorrectiveSteps.PATIENCE).until(() -> openTasks.all("implement-action", "nonconformityId", nc.getId()).size() == 2);
        UserTask policy = openTasks.all("implement-action", "nonconformityId", nc.getId()).stream()
                .filter(task -> "isms-manager".equals(task.assignee())).findFirst().orElseThrow();
        tasks.complete(policy.key(), TestUsers.as("isms-manager"), Map.of("evidenceReference", "POL-014 v2"));
        openTasks.awaitGone(policy.key());

        clock.advance(Duration.ofDays(4));
        await().atMost(CorrectiveSteps.PATIENCE).until(() -> !escalations.of(plan.processInstanceKey()).isEmpty());
        assertThat(escalations.of(plan.processInstanceKey())).filteredOn(reminder -> reminder.task().equals("Implement action"))
                .singleElement().satisfies(reminder -> {
                    assertThat(reminder.level()).isEqualTo(Escalation.Level.REMINDER);
                    assertThat(reminder.recipients()).isEqualTo("risk-owner");
                    assertThat(reminder.subject()).endsWith(": Quick fix");
                });
        long quickFix = nonconformities.actionsOf(nc.getId()).stream()
                .filter(action -> action.getTitle().equals("Quick fix")).findFirst().orElseThrow().getId();
        assertThat(escalations.levelOf(plan.processInstanceKey(), "implement-action:" + quickFix)).contains(Escalation.Level.REMINDER);

        steps.implementAll(nc, "risk-owner");
        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
        assertThat(escalations.levelOf(plan.processInstanceKey(), "implement-action:" + quickFix)).isEmpty();
        assertThat(nonconformities.actionsOf(nc.getId())).allSatisfy(action -> {
            assertThat(action.getState()).isEqualTo(CorrectiveAction.State.DONE);
            assertThat(action.getImplementedBy()).isEqualTo(action.getOwner());
        });
    }

    @Test
    void anotherProcessRaisesANonconformityByMessageOnce() {
        String reference = "AUDIT-2026-F" + System.nanoTime();
        Map<String, Object> raised = Map.of("nonconformity", Map.of(
                "reference", reference, "source", "INTERNAL_AUDIT", "sourceReference", "AUD-2026-1",
                "title", "Access reviews not performed", "description", "No access review of the CRM in 2026",
                "severity", "MINOR", "owner", "risk-owner", "controls", List.of("5.18")), "raisedBy", "auditor");

        publishRaised(reference, raised);
        await().atMost(CorrectiveSteps.PATIENCE).until(() -> nonconformities.findByReference(reference).isPresent());
        Nonconformity nc = nonconformities.findByReference(reference).orElseThrow();
        UserTask containment = steps.task("contain-and-correct", nc);
        publishRaised(reference, raised);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> openTasks.all("contain-and-correct", "nonconformityId", nc.getId()).size() == 1);
        assertThat(nc.getSource()).isEqualTo(NonconformitySource.INTERNAL_AUDIT);
        assertThat(nc.getRaisedBy()).isEqualTo("auditor");
        assertThat(nc.getControls()).containsExactly("5.18");
        assertThat(containment.assignee()).isEqualTo("risk-owner");
        assertThat(trail.find("nonconformity", nc.getId().toString())).first()
                .satisfies(entry -> assertThat(entry.jobType()).isEqualTo("register-nonconformity"));
    }

    @Test
    void anActionOwnerCannotVerifyTheirOwnActions() {
        Nonconformity nc = steps.raise(Severity.MINOR);
        steps.contain(nc);
        steps.analyse(nc);
        tasks.complete(steps.task("plan-corrective-actions", nc).key(), TestUsers.as("risk-owner"),
                Map.of("plannedActions", List.of(steps.action("Encrypt the laptops", "isms-manager", 10, Map.of()))));
        steps.approve(nc);
        steps.implementAll(nc, "isms-manager");
        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
        clock.advance(PAST_EFFECTIVENESS_PERIOD);
        UserTask verification = steps.task("verify-effectiveness", nc);

        assertThatThrownBy(() -> tasks.complete(verification.key(), TestUsers.as("isms-manager"),
                Map.of("effectivenessVerdict", "effective", "effectivenessReasoning", "I did it myself, it works")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Ines Manager owns a corrective action of " + nc.getCode());
        assertThat(inbox.find(verification.key())).isPresent();

        // Completed past the task list (as in Camunda Tasklist), the worker refuses it and the verification comes back.
        camunda.newCompleteCommand(verification.key()).variables(Map.of("effectivenessVerdict", "effective",
                "effectivenessReasoning", "I did it myself, it works", "completedBy", "isms-manager")).send().join();
        await().atMost(CorrectiveSteps.PATIENCE).until(() -> openTasks.find("verify-effectiveness", "nonconformityId", nc.getId())
                .filter(task -> task.key() != verification.key()).isPresent());
        assertThat(nonconformities.get(nc.getId()).getEffectivenessReviews()).isEmpty();

        steps.verify(nc, "auditor", "effective", "Checked the MDM report: all laptops encrypted");
        steps.awaitState(nc, NonconformityState.CLOSED);
    }

    @Test
    void aDatabaseFailureWhileApplyingChangesLeavesNothingHalfWrittenAndTheRetrySucceeds() {
        Risk risk = risk();
        Nonconformity nc = steps.raise(Severity.MINOR);
        steps.contain(nc);
        steps.analyse(nc);
        UserTask plan = steps.task("plan-corrective-actions", nc);
        tasks.complete(plan.key(), TestUsers.as("risk-owner"), Map.of("plannedActions", List.of(
                steps.action("Harden the file servers", "risk-owner", 10, Map.of("riskCode", risk.getCode(), "residualLikelihood", 1,
                        "residualImpact", 1, "controlId", "8.9", "controlStatus", "PARTIAL")))));
        steps.approve(nc);
        UserTask implement = steps.task("implement-action", nc);
        long controlVersion = soa.get("8.9").getVersion();

        faults.failNextStatementContaining("update `control`");
        tasks.complete(implement.key(), TestUsers.as("risk-owner"), Map.of("evidenceReference", "CHG-4711"));

        await().atMost(CorrectiveSteps.PATIENCE).until(() -> !records.jobFailures(plan.processInstanceKey(), "apply-isms-changes").isEmpty());
        assertThat(faults.isArmed()).isFalse();
        assertThat(records.jobFailures(plan.processInstanceKey(), "apply-isms-changes")).singleElement().asString()
                .isEqualTo("corrective-action (step 'apply-isms-changes') failed: Simulated loss of the database connection");
        assertThat(risks.get(risk.getId()).getResidualLikelihood()).isEqualTo(3);
        assertThat(soa.get("8.9").getVersion()).isEqualTo(controlVersion);
        assertThat(nonconformities.get(nc.getId()).getState()).isEqualTo(NonconformityState.IMPLEMENTING);

        clock.advance(Duration.ofSeconds(31));
        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
        assertThat(risks.get(risk.getId()).getResidualLikelihood()).isEqualTo(1);
        assertThat(soa.get("8.9").getImplementationStatus()).isEqualTo(ImplementationStatus.PARTIAL);
        assertThat(trail.find("risk", risk.getId().toString())).filteredOn(entry -> entry.action().equals("residual-rescored")).hasSize(1);
        assertThat(records.incidentMessages(plan.processInstanceKey())).isEmpty();
    }

    @Test
    void consequencesAndOtherPlacesAreNamedWhenThereAreAnyAndThePlannerMayNotApproveThePlan() {
        Nonconformity nc = process.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Admin rights never reviewed "
                + System.nanoTime(), "Nobody reviewed the domain admins this year", "IT", Severity.MINOR, "isms-deputy", List.of("5.18"),
                List.of()), Actor.person("isms-manager"));
        UserTask contain = steps.task("contain-and-correct", nc);
        assertThatThrownBy(() -> tasks.complete(contain.key(), TestUsers.as("isms-deputy"),
                Map.of("containment", "Removed two stale admin accounts", "hadConsequences", "yes")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .containsEntry("consequences", "say how the consequences were dealt with"));
        tasks.complete(contain.key(), TestUsers.as("isms-deputy"), Map.of("containment", "Removed two stale admin accounts",
                "hadConsequences", "yes", "consequences", "Checked their sign-ins: none since they left"));
        UserTask analyse = steps.task("analyse-root-cause", nc);
        Map<String, Object> analysis = new HashMap<>(Map.of("rootCauseMethod", "FIVE_WHYS", "causes", "The access review has no owner",
                "couldOccurElsewhere", "yes"));
        assertThatThrownBy(() -> tasks.complete(analyse.key(), TestUsers.as("isms-deputy"), analysis))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).containsKey("elsewhere"));
        analysis.put("elsewhere", "The cloud tenant's global administrators");
        tasks.complete(analyse.key(), TestUsers.as("isms-deputy"), analysis);
        tasks.complete(steps.task("plan-corrective-actions", nc).key(), TestUsers.as("isms-deputy"),
                Map.of("plannedActions", List.of(steps.action("Quarterly admin review", "isms-deputy", 10, Map.of()))));

        UserTask approval = steps.task("approve-plan", nc);
        assertThatThrownBy(() -> tasks.complete(approval.key(), TestUsers.as("isms-deputy"), Map.of("planDecision", "approve")))
                .isInstanceOf(RefusedException.class)
                .hasMessage("You planned these actions: another ISMS manager approves the plan (four eyes)");
        tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of("planDecision", "approve"));
        steps.awaitState(nc, NonconformityState.APPROVED);

        Nonconformity recorded = nonconformities.get(nc.getId());
        assertThat(recorded.getConsequences()).isEqualTo("Checked their sign-ins: none since they left");
        assertThat(recorded.latestAnalysis()).hasValueSatisfying(found -> {
            assertThat(found.couldOccurElsewhere()).isTrue();
            assertThat(found.elsewhere()).isEqualTo("The cloud tenant's global administrators");
        });
    }

    @Test
    void anActionIsDoneWithAnEvidenceFileInsteadOfAReferenceButNeverWithoutEvidence() {
        Nonconformity nc = steps.raise(Severity.MINOR);
        steps.contain(nc);
        steps.analyse(nc);
        steps.planOne(nc, "Record the restore test");
        steps.approve(nc);
        UserTask implement = steps.task("implement-action", nc);
        long actionId = nonconformities.actionsOf(nc.getId()).getFirst().getId();

        assertThatThrownBy(() -> tasks.complete(implement.key(), TestUsers.as("risk-owner"), Map.of("implementationNotes", "Done")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .containsEntry("evidenceReference", "give a reference, or add a file beside this form first"));
        evidence.upload(new Upload(ActionEvidence.OWNER, String.valueOf(actionId), "restore-test.txt",
                "Restored 42 GB in 38 minutes".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "risk-owner");
        tasks.complete(implement.key(), TestUsers.as("risk-owner"), Map.of("implementationNotes", "Done"));

        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
        assertThat(nonconformities.action(actionId).getEvidence()).isEqualTo("Evidence files: restore-test.txt");
    }

    @Test
    void aPlanNamingAnUnknownControlIsRefusedAtTheTaskList() {
        Nonconformity nc = steps.raise(Severity.MINOR);
        steps.contain(nc);
        steps.analyse(nc);
        UserTask plan = steps.task("plan-corrective-actions", nc);

        assertThatThrownBy(() -> tasks.complete(plan.key(), TestUsers.as("risk-owner"), Map.of("plannedActions", List.of(
                steps.action("Fix it", "risk-owner", 5, Map.of("controlId", "5.99", "controlStatus", "PLANNED"))))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .containsEntry("plannedActions[0].controlId", "Control 5.99 does not exist in the SoA"));
        assertThat(inbox.find(plan.key())).isPresent();
    }











    private Risk risk() {
        return risks.identify(new RiskDraft("File server compromise " + System.nanoTime(), null, "File servers", "Ransomware",
                "Unpatched servers", true, true, true, "risk-owner", 4, 4, Treatment.MODIFY, null, 3, 3,
                LocalDate.now(clock).plusYears(1), null), Actor.person("test"));
    }

    private void publishRaised(String reference, Map<String, Object> variables) {
        camunda.newPublishMessageCommand().messageName(CorrectiveActionProcess.RAISED_MESSAGE).correlationKey(reference)
                .timeToLive(Duration.ZERO).variables(variables).send().join();
    }


    private void awaitCompleted(long processInstanceKey) {
        await().atMost(CorrectiveSteps.PATIENCE).until(() -> records.isCompleted(processInstanceKey));
    }
}
