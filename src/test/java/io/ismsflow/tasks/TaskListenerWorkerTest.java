package io.ismsflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.TestJob;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TaskCompleters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a cluster, Camunda's user-task listener jobs keep the app's task table: a task's row opens, changes hands and
 * closes as the listener jobs for creating, assigning, completing and canceling arrive, each delivered twice.
 */
@IntegrationTest
class TaskListenerWorkerTest {

    private static final AtomicLong KEYS = new AtomicLong(7_000_000);

    @Autowired TaskListenerWorker worker;
    @Autowired TaskRegister table;
    @Autowired TaskCompleters completers;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate transaction;

    @Test
    void aTasksRowFollowsItsListenerJobs() {
        long taskKey = KEYS.incrementAndGet();
        OffsetDateTime due = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

        deliverTwice(ListenerEventType.CREATING, taskKey, null, due, Map.of("subject", "NC-0042 Visitor log incomplete"));
        assertThat(table.find(taskKey)).hasValueSatisfying(row -> {
            assertThat(row.task().name()).isEqualTo("Contain and correct");
            assertThat(row.task().candidateGroups()).containsExactly("isms-managers");
            assertThat(row.task().due()).isEqualTo(due);
            assertThat(row.getSubject()).isEqualTo("NC-0042 Visitor log incomplete");
        });

        deliverTwice(ListenerEventType.ASSIGNING, taskKey, "risk-owner", due, Map.of());
        assertThat(table.find(taskKey).orElseThrow().task().assignee()).isEqualTo("risk-owner");

        deliverTwice(ListenerEventType.COMPLETING, taskKey, "risk-owner", due, Map.of("completedBy", "risk-owner"));
        assertThat(table.find(taskKey)).hasValueSatisfying(row -> {
            assertThat(row.getState()).isEqualTo(TaskRecord.State.COMPLETED);
            assertThat(row.getCompletedBy()).isEqualTo("risk-owner");
        });
        assertThat(table.open()).noneMatch(row -> row.getId() == taskKey);
    }

    @Test
    void aCompletionInTasklistThatTheProcessForbidsIsDeniedWithTheReasonAndAnAllowedOneIsAttributed() {
        long taskKey = KEYS.incrementAndGet();
        Map<String, Object> approval = Map.of("recordType", "isms-scope", "recordId", 1, "subject", "ISMS scope, version 1",
                "proposedBy", "top-manager");
        ListenerJob creating = new ListenerJob(new TestJob(KEYS.incrementAndGet(), TaskListenerWorker.TYPE, 5151, "approval", "approve"),
                ListenerEventType.CREATING, taskKey, null, null, approval);
        assertThat(worker.handle(creating)).isEmpty();

        ListenerJob byProposer = new ListenerJob(new TestJob(KEYS.incrementAndGet(), TaskListenerWorker.TYPE, 5151, "approval", "approve"),
                ListenerEventType.COMPLETING, taskKey, "top-manager", null, approval);
        assertThat(worker.handle(byProposer)).contains("You proposed this version (ISMS scope, version 1): someone else approves it (four eyes)");
        assertThat(table.find(taskKey).orElseThrow().getState()).isEqualTo(TaskRecord.State.OPEN);

        ListenerJob bySomeoneElse = new ListenerJob(new TestJob(KEYS.incrementAndGet(), TaskListenerWorker.TYPE, 5151, "approval", "approve"),
                ListenerEventType.COMPLETING, taskKey, "board-member", null, approval);
        assertThat(worker.handle(bySomeoneElse)).isEmpty();
        assertThat(table.find(taskKey).orElseThrow().getCompletedBy()).isEqualTo("board-member");
        assertThat(completers.lastCompleterIn(5151)).contains("board-member");

        // The worker after the task finds no completedBy variable (Tasklist sets none): the trail asks the task table.
        transaction.executeWithoutResult(status -> trail.record("isms-scope", "scope", "approved", null, Map.of(),
                Actor.forJob(new TestJob(KEYS.incrementAndGet(), "record-approval-decision", 5151, "approval", "record-approval-decision"), null)));
        assertThat(trail.find("isms-scope", "scope")).last().satisfies(entry -> assertThat(entry.actor()).isEqualTo("board-member"));
    }

    @Test
    void aTaskItsProcessCanceledIsClosedAsCanceled() {
        long taskKey = KEYS.incrementAndGet();
        deliverTwice(ListenerEventType.CREATING, taskKey, null, null, Map.of());

        deliverTwice(ListenerEventType.CANCELING, taskKey, null, null, Map.of());

        assertThat(table.find(taskKey).orElseThrow().getState()).isEqualTo(TaskRecord.State.CANCELED);
    }

    private void deliverTwice(ListenerEventType event, long taskKey, String assignee, OffsetDateTime due, Map<String, Object> variables) {
        ListenerJob job = new ListenerJob(new TestJob(KEYS.incrementAndGet(), TaskListenerWorker.TYPE, 4242, "corrective-action",
                "contain-and-correct"), event, taskKey, assignee, due, variables);
        assertThat(worker.handle(job)).isEmpty();
        assertThat(worker.handle(job)).isEmpty();
    }

    /** A listener job as Zeebe hands it to a worker: the user task's properties and the event. */
    private record ListenerJob(TestJob job, ListenerEventType event, long taskKey, String assignee, OffsetDateTime due,
                               Map<String, Object> variables) implements TestJob.Delegating {

        @Override
        public ListenerEventType getListenerEventType() {
            return event;
        }

        @Override
        public Map<String, Object> getVariablesAsMap() {
            return variables;
        }

        @Override
        public UserTaskProperties getUserTask() {
            return new UserTaskProperties() {
                @Override public String getAction() { return null; }
                @Override public String getAssignee() { return assignee; }
                @Override public List<String> getCandidateGroups() { return List.of("isms-managers"); }
                @Override public List<String> getCandidateUsers() { return List.of(); }
                @Override public List<String> getChangedAttributes() { return List.of(); }
                @Override public OffsetDateTime getDueDate() { return due; }
                @Override public OffsetDateTime getFollowUpDate() { return null; }
                @Override public Long getFormKey() { return null; }
                @Override public Integer getPriority() { return 50; }
                @Override public Long getUserTaskKey() { return taskKey; }
            };
        }
    }
}
