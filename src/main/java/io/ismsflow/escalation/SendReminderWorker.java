package io.ismsflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * First step of a task's escalation chain, from the non-interrupting timer at its due date: reminds the assignee or,
 * if none, the candidates. The service task's input mappings name the task, the people and the due date.
 */
@Component
public class SendReminderWorker {

    private final Escalations escalations;
    private final Recipients recipients;
    private final Clock clock;

    SendReminderWorker(Escalations escalations, Recipients recipients, Clock clock) {
        this.escalations = escalations;
        this.recipients = recipients;
        this.clock = clock;
    }

    @JobWorker(type = "send-reminder")
    public void sendReminder(ActivatedJob job, @Variable String escalationTask, @Variable String escalationTaskId,
                             @Variable String escalationRecipients, @Variable(optional = true) String escalationDueAt,
                             @Variable(optional = true) String subject) {
        var people = recipients.of(escalationRecipients);
        escalations.raise(new Escalation(null, job.getKey(), job.getProcessInstanceKey(), escalationTask, escalationTaskId,
                Escalation.Level.REMINDER, String.join(", ", people), subject == null ? job.getBpmnProcessId() : subject,
                "'%s' was due at %s".formatted(escalationTask, escalationDueAt), parse(escalationDueAt), clock.instant(), null), people);
    }

    static Instant parse(String dueAt) {
        return dueAt == null ? null : Instant.parse(dueAt);
    }
}
