package io.ismsflow.escalation;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * One step of a task's escalation chain: a reminder at its due date, then the group's manager, then top
 * management; or an escalation a process raises itself. Resolved when the task completes.
 */
public record Escalation(@Id Long id, long jobKey, long processInstanceKey, String task, String taskElementId,
                         Level level, String recipients, String subject, String reason, Instant dueAt,
                         Instant raisedAt, Instant resolvedAt) {

    public enum Level {
        REMINDER, GROUP_MANAGER, TOP_MANAGEMENT
    }

    Escalation resolved(Instant at) {
        return new Escalation(id, jobKey, processInstanceKey, task, taskElementId, level, recipients, subject, reason,
                dueAt, raisedAt, at);
    }
}
