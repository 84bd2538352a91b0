package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.soa.Control;
import io.ismsflow.soa.InclusionReason;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The risk review (8.2) end to end: in-memory engine, real workers, real database. */
@Tag("calendar")
@IntegrationTest
class RiskReviewProcessTest {

    @Autowired RiskRegister register;
    @Autowired RiskReviews reviews;
    @Autowired RiskReviewScheduler scheduler;
    @Autowired StatementOfApplicability soa;
    @Autowired AuditTrail trail;
    @Autowired Escalations escalations;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient camunda;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;

    OpenTasks openTasks;
    EngineRecords records;

    @BeforeEach
    void setUp() {
        openTasks = new OpenTasks(inbox);
        records = new EngineRecords(engine);
    }

    @Test
    void dueRiskIsReassessedAndTheSoaFollows() {
        Risk risk = dueRisk(4, 4, 3, 3);

        assertThat(scheduler.startDueReviews()).isPositive();
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());

        assertThat(task.name()).isEqualTo("Reassess risk");
        assertThat(task.assignee()).isEqualTo("risk-owner");
        assertThat(task.candidateGroups()).containsExactly("risk-owners");
        assertThat(task.due()).isNotNull();
        assertThat(register.get(risk.getId()).getStatus()).isEqualTo(RiskStatus.UNDER_REVIEW);

        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 4, 2, 2, "5.15, 8.5"));
        awaitCompleted(task.processInstanceKey());

        Risk reviewed = register.get(risk.getId());
        assertThat(reviewed.getLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(reviewed.getResidualLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(reviewed.getAcceptance()).isEqualTo(Acceptance.WITHIN_APPETITE);
        assertThat(reviewed.getStatus()).isEqualTo(RiskStatus.OPEN);
        assertThat(reviewed.getLastReviewedAt()).isNotNull();
        assertThat(reviewed.getNextReviewDue()).isEqualTo(LocalDate.now(clock).plus(Period.ofMonths(24)));
        assertThat(register.assessmentsOf(risk.getId())).singleElement()
                .satisfies(assessment -> {
                    assertThat(assessment.assessedBy()).isEqualTo("risk-owner");
                    assertThat(assessment.matrixVersion()).isEqualTo(1);
                    assertThat(assessment.processInstanceKey()).isEqualTo(task.processInstanceKey());
                });

        for (String id : List.of("5.15", "8.5")) {
            Control control = soa.get(id);
            assertThat(control.getApplicable()).isTrue();
            assertThat(control.getInclusionReasons()).contains(InclusionReason.RISK);
            assertThat(control.getInclusionJustification()).contains("treats the risks linked to it");
            assertThat(soa.risksTreatedBy(id)).contains(risk.getId());
        }

        List<TrailEntry> riskTrail = trail.find("risk", risk.getId().toString());
        assertThat(riskTrail).extracting(TrailEntry::action).containsExactly("identified", "review-opened", "review-process-started", "reassessed",
                "residual-accepted-by-owner");
        TrailEntry reassessed = riskTrail.get(3);
        assertThat(reassessed.actor()).isEqualTo("risk-owner");
        assertThat(reassessed.jobType()).isEqualTo("record-risk-assessment");
        assertThat(reassessed.processInstanceKey()).isEqualTo(task.processInstanceKey());
        assertThat(reassessed.beforeState()).contains("\"likelihood\":4");
        assertThat(reassessed.afterState()).contains("\"likelihood\":3");
        assertThat(trail.find("control", "8.5")).last()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("risk-linked");
                    assertThat(entry.actor()).isEqualTo("risk-owner");
                    assertThat(entry.processInstanceKey()).isEqualTo(task.processInstanceKey());
                });
    }

    @Test
    void theOwnerAcceptsALowResidualAloneAndEveryAcceptanceStaysInTheHistory() {
        Risk risk = dueRisk(3, 3, 2, 2);
        reviews.start(risk.getId(), "isms-manager");
        UserTask first = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(first.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        awaitCompleted(first.processInstanceKey());
        assertThat(records.completedElementIds(first.processInstanceKey())).doesNotContain("decide-on-residual-risk");

        reviews.start(risk.getId(), "isms-manager");
        UserTask second = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(second.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 1, 2, ""));
        awaitCompleted(second.processInstanceKey());

        assertThat(register.acceptancesOf(risk.getId())).extracting(RiskAcceptance::state, RiskAcceptance::owner, RiskAcceptance::authority,
                RiskAcceptance::residualLikelihood).containsExactly(
                tuple(RiskAcceptance.State.ACCEPTED, "risk-owner", AcceptanceAuthority.RISK_OWNER, 1),
                tuple(RiskAcceptance.State.SUPERSEDED, "risk-owner", AcceptanceAuthority.RISK_OWNER, 2));
        assertThat(register.acceptancesOf(risk.getId()).getFirst().expiresOn()).isEqualTo(register.get(risk.getId()).getNextReviewDue());
        assertThat(register.acceptancesOf(risk.getId()).getFirst().criteriaVersion()).isEqualTo(1);
    }

    @Test
    void aCriticalResidualIsCoApprovedByTopManagementAfterTheOwner() {
        Risk risk = dueRisk(5, 5, 5, 4);
        UserTask reassess = reassessedAboveAppetite(risk, 5, 5, 5, 4);
        UserTask decision = openTasks.awaitTask("decide-on-residual-risk", "riskId", risk.getId());
        assertThat(decision.candidateGroups()).containsExactly("top-management");
        assertThat(register.acceptancesOf(risk.getId())).singleElement().satisfies(pending -> {
            assertThat(pending.state()).isEqualTo(RiskAcceptance.State.AWAITING_CO_APPROVAL);
            assertThat(pending.authority()).isEqualTo(AcceptanceAuthority.TOP_MANAGEMENT);
        });
        tasks.complete(decision.key(), TestUsers.as("top-manager"),
                Map.of("residualDecision", "accept", "decisionReason", "Business continuity plan covers the outage"));
        awaitCompleted(reassess.processInstanceKey());
        assertThat(register.acceptancesOf(risk.getId())).singleElement().satisfies(accepted -> {
            assertThat(accepted.state()).isEqualTo(RiskAcceptance.State.ACCEPTED);
            assertThat(accepted.owner()).isEqualTo("risk-owner");
            assertThat(accepted.coApprovedBy()).isEqualTo("top-manager");
            assertThat(accepted.reason()).isEqualTo("Business continuity plan covers the outage");
        });
    }

    @Test
    void onlyTheNamedOwnerReassessesAndTheyAcceptExplicitly() {
        Risk risk = dueRisk(3, 3, 2, 2);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.unclaim(task.key(), TestUsers.as("risk-owner"));

        assertThatThrownBy(() -> tasks.complete(task.key(), TestUsers.as("it-operations"), RiskReviewSteps.reassessment(3, 3, 2, 2, "")))
                .isInstanceOf(io.ismsflow.web.RefusedException.class)
                .hasMessage("Only Rafael Owner, the risk owner, or the delegate they name reassesses this risk and accepts its residual (6.1.3 f)");
        Map<String, Object> withoutAcceptance = new java.util.HashMap<>(RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        withoutAcceptance.put("ownerAccepts", false);
        assertThatThrownBy(() -> tasks.complete(task.key(), TestUsers.as("risk-owner"), withoutAcceptance))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).containsEntry("ownerAccepts", "is required"));
        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        awaitCompleted(task.processInstanceKey());
    }

    @Test
    void anEditThatChangesTheResidualStartsAReviewInsteadOfPassingSilently() {
        Risk risk = dueRisk(3, 3, 2, 2);
        Risk current = register.get(risk.getId());
        register.edit(risk.getId(), new RiskDraft(current.getTitle(), null, "Test asset", "Test threat", "Test vulnerability", true, false, true,
                "risk-owner", 3, 3, Treatment.MODIFY, "Test plan", 4, 4, current.getNextReviewDue(), current.getVersion()),
                Actor.person("isms-manager"));

        assertThat(register.get(risk.getId()).getStatus()).isEqualTo(RiskStatus.UNDER_REVIEW);
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        assertThat(trail.find("risk", risk.getId().toString())).extracting(TrailEntry::action)
                .contains("edited", "review-opened-after-residual-change");
        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        awaitCompleted(task.processInstanceKey());
    }

    @Test
    void residualRiskAboveAppetiteIsSentBackThenTreatedWithinIt() {
        Risk risk = dueRisk(5, 5, 4, 4);
        UserTask first = reassessedAboveAppetite(risk, 5, 5, 4, 4);

        UserTask decision = openTasks.awaitTask("decide-on-residual-risk", "riskId", risk.getId());
        assertThat(decision.candidateGroups()).containsExactly("isms-managers");
        assertThat(register.get(risk.getId()).getAcceptance()).isEqualTo(Acceptance.ABOVE_APPETITE);
        tasks.complete(decision.key(), TestUsers.as("isms-manager"),
                Map.of("residualDecision", "retreat", "decisionReason", "Segment the network before accepting anything"));

        UserTask second = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        assertThat(second.key()).isNotEqualTo(first.key());
        tasks.complete(second.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(5, 5, 2, 2, "8.22"));
        awaitCompleted(first.processInstanceKey());

        Risk treated = register.get(risk.getId());
        assertThat(treated.getAcceptance()).isEqualTo(Acceptance.WITHIN_APPETITE);
        assertThat(treated.getStatus()).isEqualTo(RiskStatus.OPEN);
        assertThat(register.assessmentsOf(risk.getId())).hasSize(2);
        assertThat(records.completedElementIds(first.processInstanceKey()))
                .containsSubsequence("reassess-risk", "decide-on-residual-risk", "reassess-risk", "update-soa")
                .doesNotContain("accept-residual-risk");
        assertThat(soa.risksTreatedBy("8.22")).contains(risk.getId());
    }

    @Test
    void residualRiskAboveAppetiteIsAcceptedWithTheManagersReason() {
        Risk risk = dueRisk(4, 5, 3, 4);
        UserTask reassess = reassessedAboveAppetite(risk, 4, 5, 3, 4);
        UserTask decision = openTasks.awaitTask("decide-on-residual-risk", "riskId", risk.getId());
        tasks.complete(decision.key(), TestUsers.as("isms-manager"),
                Map.of("residualDecision", "accept", "decisionReason", "Insurance covers the remaining exposure"));
        awaitCompleted(reassess.processInstanceKey());

        Risk accepted = register.get(risk.getId());
        assertThat(accepted.getAcceptance()).isEqualTo(Acceptance.ACCEPTED);
        assertThat(accepted.getResidualAcceptedBy()).isEqualTo("isms-manager");
        assertThat(accepted.getResidualAcceptanceReason()).isEqualTo("Insurance covers the remaining exposure");
        assertThat(accepted.getStatus()).isEqualTo(RiskStatus.OPEN);
        assertThat(trail.find("risk", risk.getId().toString())).last()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("residual-risk-accepted");
                    assertThat(entry.actor()).isEqualTo("isms-manager");
                });
    }

    @Test
    void overdueReassessmentRemindsTheOwnerAndStaysOpen() {
        Risk risk = dueRisk(3, 3, 2, 2);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        assertThat(escalations.of(task.processInstanceKey())).isEmpty();

        clock.advance(Duration.ofDays(15));

        await().atMost(Duration.ofSeconds(20)).until(() -> !escalations.of(task.processInstanceKey()).isEmpty());
        assertThat(escalations.of(task.processInstanceKey())).singleElement()
                .satisfies(reminder -> {
                    assertThat(reminder.level()).isEqualTo(Escalation.Level.REMINDER);
                    assertThat(reminder.task()).isEqualTo("Reassess risk");
                    assertThat(reminder.recipients()).isEqualTo("risk-owner");
                    assertThat(reminder.subject()).isEqualTo(register.get(risk.getId()).getCode() + " " + risk.getTitle());
                });
        assertThat(openTasks.find("reassess-risk", "riskId", risk.getId())).isPresent();

        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, ""));
        awaitCompleted(task.processInstanceKey());
    }

    @Test
    void aReviewIsNotStartedTwiceForTheSameRisk() {
        Risk risk = dueRisk(2, 2, 1, 1);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());

        // The outbox publishing the start message a second time (a resubmission after a restart).
        camunda.newPublishMessageCommand().messageName(RiskReviews.MESSAGE).correlationKey(register.get(risk.getId()).getCode())
                .timeToLive(Duration.ZERO).variables(Map.of("riskId", risk.getId(), "startedBy", "isms-manager")).send().join();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> openTasks.all("reassess-risk", "riskId", risk.getId()).size() == 1);
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(RiskReviews.ReviewAlreadyRunningException.class,
                () -> reviews.start(risk.getId(), "isms-manager"))).hasMessageContaining("already running");
        tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(2, 2, 1, 1, ""));
        awaitCompleted(task.processInstanceKey());
    }

    @Test
    void invalidReassessmentBecomesAReadableIncidentAndChangesNothing() {
        Risk risk = dueRisk(3, 3, 2, 2);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());

        // Bypasses the form check as a task completed in another tool could.
        Map<String, Object> invalid = RiskReviewSteps.reassessment(9, 3, 2, 2, "");
        camunda.newCompleteCommand(task.key()).variables(invalid).send().join();

        await().atMost(Duration.ofSeconds(20)).until(() -> !records.incidentMessages(task.processInstanceKey()).isEmpty());
        assertThat(records.incidentMessages(task.processInstanceKey())).singleElement().asString()
                .isEqualTo("risk-review (step 'record-risk-assessment'): likelihood must be less than or equal to 5");
        assertThat(register.assessmentsOf(risk.getId())).isEmpty();
        assertThat(register.get(risk.getId()).getLikelihood()).isEqualTo(3);
    }

    @Test
    void unknownControlInTheTreatmentBecomesAReadableIncident() {
        Risk risk = dueRisk(3, 3, 2, 2);
        reviews.start(risk.getId(), "isms-manager");
        UserTask task = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());

        assertThatThrownBy(() -> tasks.complete(task.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(3, 3, 2, 2, "5.1, 5.99")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .containsEntry("treatmentControls", "Control 5.99 not in the SoA"));
        // Completed past the task list (as in Camunda Tasklist), the SoA update refuses it with a readable incident.
        Map<String, Object> variables = RiskReviewSteps.reassessment(3, 3, 2, 2, "5.1, 5.99");
        variables.put("completedBy", "risk-owner");
        camunda.newCompleteCommand(task.key()).variables(variables).send().join();

        await().atMost(Duration.ofSeconds(20)).until(() -> !records.incidentMessages(task.processInstanceKey()).isEmpty());
        String code = register.get(risk.getId()).getCode();
        assertThat(records.incidentMessages(task.processInstanceKey())).singleElement().asString()
                .isEqualTo("risk-review (step 'update-soa'): Control 5.99 does not exist in the SoA (named in the treatment of risk " + code + ")");
        assertThat(soa.risksTreatedBy("5.1")).doesNotContain(risk.getId());
    }

    /** Starts a review and completes the reassessment with the given scores; returns the completed task. */
    private UserTask reassessedAboveAppetite(Risk risk, int likelihood, int impact, int residualLikelihood, int residualImpact) {
        reviews.start(risk.getId(), "isms-manager");
        UserTask reassess = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(reassess.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(likelihood, impact, residualLikelihood, residualImpact, ""));
        return reassess;
    }

    private Risk dueRisk(int likelihood, int impact, int residualLikelihood, int residualImpact) {
        return register.identify(new RiskDraft("Test risk " + System.nanoTime(), "A risk made by a test", "Test asset",
                "Test threat", "Test vulnerability", true, false, true, "risk-owner", likelihood, impact,
                Treatment.MODIFY, "Test plan", residualLikelihood, residualImpact, LocalDate.now(clock).minusDays(1), null),
                Actor.person("test"));
    }


    private void awaitCompleted(long processInstanceKey) {
        await().atMost(Duration.ofSeconds(20)).until(() -> records.isCompleted(processInstanceKey));
    }
}
