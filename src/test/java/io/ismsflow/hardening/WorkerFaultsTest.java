package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.CorrectiveSteps;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityState;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviewSteps;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.soa.OwnControlDraft;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.soa.Theme;
import io.ismsflow.support.DatabaseFaults;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every worker, with the database failing in the middle of its job: the job fails with a readable message, its
 * transaction leaves nothing half-written, Zeebe delivers it again, and the retry finishes the step. A walk with
 * the fault ends with exactly the records a walk without it has. The failure hits the worker's own audit-trail row
 * (the last write of its transaction), picked out by its job type; the reminder workers fail on the notification
 * they write, the workers that only read on their query. In a context of its own: the walks move the clock.
 */
@Tag("calendar")
@IsolatedIntegrationTest
@TestPropertySource(properties = "isms.jobs.retry-backoff=PT0S")
class WorkerFaultsTest {

    private static final String TRAIL_INSERT = "insert into `audit_trail`";
    private static final Map<String, Map<String, Integer>> CLEAN_WALKS = new HashMap<>();

    @Autowired DatabaseFaults faults;
    @Autowired CorrectiveActionProcess process;
    @Autowired Nonconformities nonconformities;
    @Autowired RiskRegister risks;
    @Autowired RiskReviews reviews;
    @Autowired StatementOfApplicability soa;
    @Autowired Escalations escalations;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired EngineClock clock;
    @Autowired ZeebeTestEngine engine;
    @Autowired JdbcTemplate jdbc;

    OpenTasks openTasks;
    CorrectiveSteps steps;
    EngineRecords records;

    @BeforeEach
    void setUp() {
        openTasks = new OpenTasks(inbox);
        steps = new CorrectiveSteps(process, nonconformities, tasks, openTasks, clock);
        records = new EngineRecords(engine);
    }

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    static Stream<Arguments> workers() {
        return Stream.of(
                Arguments.of("prepare-reassessment", "risk review", "from `risk`"),
                Arguments.of("record-risk-assessment", "risk review", TRAIL_INSERT),
                Arguments.of("accept-residual-risk", "risk review", TRAIL_INSERT),
                Arguments.of("update-soa-from-risk", "risk review", TRAIL_INSERT),
                Arguments.of("register-nonconformity", "corrective action", TRAIL_INSERT),
                Arguments.of("record-containment", "corrective action", TRAIL_INSERT),
                Arguments.of("find-similar-nonconformities", "corrective action", "join nonconformity other"),
                Arguments.of("record-root-cause", "corrective action", TRAIL_INSERT),
                Arguments.of("record-action-plan", "corrective action", TRAIL_INSERT),
                Arguments.of("record-plan-review", "corrective action", TRAIL_INSERT),
                Arguments.of("record-action-implementation", "corrective action", TRAIL_INSERT),
                Arguments.of("apply-isms-changes", "corrective action", TRAIL_INSERT),
                Arguments.of("record-effectiveness-review", "corrective action", TRAIL_INSERT),
                Arguments.of("close-nonconformity", "corrective action", TRAIL_INSERT),
                Arguments.of("send-reminder", "overdue review", "insert into `notification`"),
                Arguments.of("escalate", "overdue review", "insert into `notification`"));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("workers")
    void aDatabaseFailureMidJobLeavesNothingHalfWrittenAndTheRetryFinishesTheStep(String jobType, String walk, String sql) {
        CLEAN_WALKS.computeIfAbsent(walk, name -> {
            long notificationsBefore = lastNotification();
            return recordsOf(walkOf(name, null, null).getAsLong(), notificationsBefore);
        });

        long notificationsBefore = lastNotification();
        long processInstanceKey = walkOf(walk, jobType, sql).getAsLong();

        assertThat(faults.isArmed()).as("the fault was hit").isFalse();
        assertThat(records.jobFailures(processInstanceKey, jobType)).singleElement().asString()
                .endsWith("failed: Simulated loss of the database connection");
        assertThat(records.incidentMessages(processInstanceKey)).isEmpty();
        assertThat(recordsOf(processInstanceKey, notificationsBefore)).isEqualTo(CLEAN_WALKS.get(walk));
    }

    /** A walk through one process; with a job type, the database fails once inside that job. */
    private LongSupplier walkOf(String walk, String faultyJob, String sql) {
        Runnable arm = () -> {
            if (faultyJob != null) {
                if (sql.equals(TRAIL_INSERT)) {
                    faults.failNextStatementContaining(sql, faultyJob);
                } else {
                    faults.failNextStatementContaining(sql);
                }
            }
        };
        return switch (walk) {
            case "risk review" -> () -> riskReview(arm, faultyJob);
            case "corrective action" -> () -> correctiveAction(arm);
            case "overdue review" -> () -> overdueReview(arm, faultyJob);
            default -> throw new IllegalArgumentException(walk);
        };
    }

    /** The review request marks the risk under review, so its first worker only reads: armed once the request is in. */
    /** Each walk names a control of its own that is not applicable yet, so that every walk changes the SoA alike. */
    private long riskReview(Runnable arm, String faultyJob) {
        Risk risk = newRisk();
        String control = newControl();
        boolean readsOnly = "prepare-reassessment".equals(faultyJob);
        if (!readsOnly) {
            arm.run();
        }
        reviews.start(risk.getId(), "isms-manager");
        if (readsOnly) {
            arm.run();
        }
        UserTask reassess = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        tasks.complete(reassess.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(4, 5, 4, 4, control));
        tasks.complete(openTasks.awaitTask("decide-on-residual-risk", "riskId", risk.getId()).key(), TestUsers.as("isms-manager"),
                Map.of("residualDecision", "accept", "decisionReason", "Insurance covers the remaining exposure"));
        awaitCompleted(reassess.processInstanceKey());
        return reassess.processInstanceKey();
    }

    private String newControl() {
        int n = 1;
        while (soa.exists("WALK-" + n)) {
            n++;
        }
        return soa.addOwnControl(new OwnControlDraft("WALK-" + n, "Control of walk " + n, Theme.ORGANIZATIONAL), Actor.person("test")).getId();
    }

    private long correctiveAction(Runnable arm) {
        Risk risk = newRisk();
        arm.run();
        Nonconformity nc = steps.raise(Severity.MINOR, "8.13");
        steps.contain(nc);
        UserTask analysis = steps.analyse(nc);
        steps.plan(nc, steps.action("Test restores monthly", "risk-owner", 10,
                Map.of("riskCode", risk.getCode(), "residualLikelihood", 1, "residualImpact", 2)));
        steps.approve(nc);
        steps.implementAll(nc, "risk-owner");
        steps.awaitState(nc, NonconformityState.AWAITING_EFFECTIVENESS);
        // The period's timer starts when the engine has taken apply-isms-changes' completion (after a retry, later than
        // the state it wrote): moving the clock before that would start the timer from the moved clock.
        await().atMost(Duration.ofSeconds(20)).until(() -> records.hasEntered(analysis.processInstanceKey(), "effectiveness-period-passed"));
        clock.advance(Duration.ofDays(91));
        steps.verify(nc, "auditor", "effective", "Restores tested in three consecutive months");
        awaitCompleted(analysis.processInstanceKey());
        return analysis.processInstanceKey();
    }

    /** A reassessment left undone: reminded at its due date, its group's manager told three days later. */
    private long overdueReview(Runnable arm, String faultyJob) {
        Risk risk = newRisk();
        reviews.start(risk.getId(), "isms-manager");
        UserTask reassess = openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
        if ("send-reminder".equals(faultyJob)) {
            arm.run();
        }
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        awaitEscalations(reassess.processInstanceKey(), 1);
        if ("escalate".equals(faultyJob)) {
            arm.run();
        }
        clock.advance(Duration.ofDays(3));
        awaitEscalations(reassess.processInstanceKey(), 2);
        tasks.complete(reassess.key(), TestUsers.as("risk-owner"), RiskReviewSteps.reassessment(2, 2, 1, 1, ""));
        awaitCompleted(reassess.processInstanceKey());
        return reassess.processInstanceKey();
    }

    /** What the process wrote: trail rows by job type, escalations, and the notifications since the walk began. */
    private Map<String, Integer> recordsOf(long processInstanceKey, long notificationsBefore) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select job_type, count(*) n from audit_trail where process_instance_key = ? group by job_type",
                row -> { counts.put("trail " + row.getString("job_type"), row.getInt("n")); }, processInstanceKey);
        for (Escalation escalation : escalations.of(processInstanceKey)) {
            counts.merge("escalation " + escalation.level(), 1, Integer::sum);
        }
        // Only this walk's: a rescored risk starts a review of its own, whose reminders are not this walk's records.
        counts.put("notifications", jdbc.queryForObject("select count(*) from notification where id > ? and link like ?", Integer.class,
                notificationsBefore, "/tasks/open?instance=" + processInstanceKey + "%"));
        return counts;
    }

    private long lastNotification() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    private Risk newRisk() {
        return risks.identify(new RiskDraft("Worker faults " + System.nanoTime(), null, "File servers", "Ransomware",
                "Unpatched servers", true, true, true, "risk-owner", 4, 4, Treatment.MODIFY, null, 3, 3,
                java.time.LocalDate.now(clock).plusYears(1), null), Actor.person("test"));
    }

    private void awaitEscalations(long processInstanceKey, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.of(processInstanceKey).size() >= count);
    }

    private void awaitCompleted(long processInstanceKey) {
        await().atMost(Duration.ofSeconds(20)).until(() -> records.isCompleted(processInstanceKey));
    }
}
