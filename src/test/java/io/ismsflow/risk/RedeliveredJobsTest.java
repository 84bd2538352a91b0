package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.escalation.Escalations;
import io.ismsflow.escalation.SendReminderWorker;
import io.ismsflow.soa.UpdateSoaFromRiskWorker;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.TestJob;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Zeebe delivers a job at least once: the same job handed to a worker twice changes the records once. */
@IntegrationTest
class RedeliveredJobsTest {

    /** Keys far below the engine's (which start at 2^51), so they never meet a real job's. */
    private static final AtomicLong KEYS = new AtomicLong(1_000_000);

    @Autowired RiskRegister register;
    @Autowired Clock clock;
    @Autowired AuditTrail trail;
    @Autowired Escalations escalations;
    @Autowired PrepareReassessmentWorker prepare;
    @Autowired RecordRiskAssessmentWorker recordAssessment;
    @Autowired AcceptResidualRiskWorker acceptResidual;
    @Autowired UpdateSoaFromRiskWorker updateSoa;
    @Autowired SendReminderWorker sendReminder;

    @Test
    void aReassessmentDeliveredTwiceIsRecordedOnce() {
        Risk risk = riskUnderReview();
        TestJob job = job("record-risk-assessment");
        Reassessment reassessment = new Reassessment(2, 3, Treatment.MODIFY, "Plan", 1, 3, "Twice", true);

        AssessmentResult first = recordAssessment.recordAssessment(job, risk.getId(), reassessment, ReviewTrigger.SCHEDULED, null, "risk-owner");
        AssessmentResult second = recordAssessment.recordAssessment(job, risk.getId(), reassessment, ReviewTrigger.SCHEDULED, null, "risk-owner");

        assertThat(second).usingRecursiveComparison().ignoringFields("decisionDueAt").isEqualTo(first);
        assertThat(register.assessmentsOf(risk.getId())).hasSize(1);
        assertThat(register.get(risk.getId()).getVersion()).isEqualTo(risk.getVersion() + 1);
        assertThat(actions(risk)).containsExactly("identified", "review-opened", "reassessed", "residual-accepted-by-owner");
    }

    @Test
    void anAcceptanceDeliveredTwiceIsRecordedOnce() {
        Risk risk = riskUnderReview();
        recordAssessment.recordAssessment(job("record-risk-assessment"), risk.getId(),
                new Reassessment(5, 5, Treatment.RETAIN, null, 4, 4, null, true), ReviewTrigger.REQUEST, null, "risk-owner");
        TestJob job = job("accept-residual-risk");

        acceptResidual.acceptResidualRisk(job, risk.getId(), "Covered by insurance", "isms-manager");
        acceptResidual.acceptResidualRisk(job, risk.getId(), "Covered by insurance", "isms-manager");

        assertThat(actions(risk)).containsExactly("identified", "review-opened", "reassessed", "residual-accepted-by-owner", "residual-risk-accepted");
    }

    @Test
    void anSoaUpdateDeliveredTwiceChangesTheSoaOnce() {
        Risk risk = riskUnderReview();
        TestJob job = job("update-soa-from-risk");

        var first = updateSoa.updateSoa(job, risk.getId(), "5.23, 8.16", "risk-owner");
        var second = updateSoa.updateSoa(job, risk.getId(), "5.23, 8.16", "risk-owner");

        assertThat(first.get("soaChangedControls")).asList().containsExactly("5.23", "8.16");
        assertThat(second.get("soaChangedControls")).asList().isEmpty();
        assertThat(trail.find("control", "8.16")).filteredOn(entry -> entry.jobKey() == job.key()).extracting(TrailEntry::action)
                .contains("risk-linked").doesNotHaveDuplicates();
    }

    @Test
    void aReminderDeliveredTwiceIsSentOnce() {
        TestJob job = job("send-reminder");

        sendReminder.sendReminder(job, "Reassess risk", "reassess-risk", "risk-owner", "2026-12-01T08:00:00Z", "R-001 Test");
        sendReminder.sendReminder(job, "Reassess risk", "reassess-risk", "risk-owner", "2026-12-01T08:00:00Z", "R-001 Test");

        assertThat(escalations.of(job.processInstanceKey())).hasSize(1);
    }

    @Test
    void preparingAReassessmentTwiceOpensTheReviewOnce() {
        Risk risk = register.identify(draft(), Actor.person("test"));
        TestJob job = job("prepare-reassessment");

        prepare.prepareReassessment(job, risk.getId(), "isms-manager", null);
        prepare.prepareReassessment(job, risk.getId(), "isms-manager", null);

        assertThat(actions(risk)).containsExactly("identified", "review-opened");
    }

    private Risk riskUnderReview() {
        Risk risk = register.identify(draft(), Actor.person("test"));
        return register.openReview(risk.getId(), Actor.person("test"));
    }

    private RiskDraft draft() {
        return new RiskDraft("Redelivery " + System.nanoTime(), null, "Asset", "Threat", "Vulnerability", true, true, true,
                "risk-owner", 3, 3, Treatment.MODIFY, null, 2, 2, LocalDate.now(clock).plusMonths(1), null);
    }

    private static TestJob job(String type) {
        long key = KEYS.addAndGet(2);
        return new TestJob(key, type, key + 1, "risk-review", type);
    }

    private java.util.List<String> actions(Risk risk) {
        return trail.find("risk", risk.getId().toString()).stream().map(entry -> entry.action()).toList();
    }
}
