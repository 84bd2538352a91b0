package io.ismsflow.tasks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One user task as the app keeps it: what it is about, who has it, when it is due, and how it ended. */
@Table("user_task")
public class TaskRecord implements Persistable<Long> {

    public enum State { OPEN, COMPLETED, CANCELED }

    @Id
    private Long taskKey;
    private String processId;
    private long processInstanceKey;
    private String elementId;
    private String name;
    private String subject;
    private String escalationRef;
    private String assignee;
    private String candidateGroups;
    private Instant createdAt;
    private Instant dueAt;
    private State state;
    private Instant closedAt;
    private String completedBy;
    @Version
    private Long version;
    @Transient
    private boolean isNew;

    @PersistenceCreator
    TaskRecord() {
    }

    static TaskRecord opened(UserTask task, String subject, String escalationRef, Instant now) {
        TaskRecord record = new TaskRecord();
        record.taskKey = task.key();
        record.processId = task.processId();
        record.processInstanceKey = task.processInstanceKey();
        record.elementId = task.elementId();
        record.name = task.name();
        record.subject = subject;
        record.escalationRef = escalationRef;
        record.assignee = task.assignee();
        record.candidateGroups = String.join(",", task.candidateGroups());
        record.createdAt = task.created() == null ? now : task.created().toInstant();
        record.dueAt = task.due() == null ? null : task.due().toInstant();
        record.state = State.OPEN;
        record.isNew = true;
        return record;
    }

    boolean assign(String assignee) {
        if (state != State.OPEN || java.util.Objects.equals(this.assignee, assignee)) {
            return false;
        }
        this.assignee = assignee;
        return true;
    }

    boolean close(State end, String by, Instant at) {
        if (state != State.OPEN) {
            return false;
        }
        state = end;
        completedBy = by;
        closedAt = at;
        return true;
    }

    /** The task as the task list and the ISMS rules see it. */
    public UserTask task() {
        return new UserTask(taskKey, name, processId, processInstanceKey, elementId, assignee,
                candidateGroups == null || candidateGroups.isBlank() ? List.of() : Arrays.asList(candidateGroups.split(",")),
                createdAt.atOffset(ZoneOffset.UTC), dueAt == null ? null : dueAt.atOffset(ZoneOffset.UTC));
    }

    @Override
    public Long getId() { return taskKey; }
    @Override
    public boolean isNew() { return isNew; }
    public String getSubject() { return subject; }
    public String getEscalationRef() { return escalationRef; }
    public State getState() { return state; }
    public Instant getClosedAt() { return closedAt; }
    public String getCompletedBy() { return completedBy; }
    public OffsetDateTime due() { return dueAt == null ? null : dueAt.atOffset(ZoneOffset.UTC); }
}
