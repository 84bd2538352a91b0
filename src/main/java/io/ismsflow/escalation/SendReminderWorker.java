package io.ismsflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fires from the non-interrupting timer at a user task's due date. The service task's input mappings say which
 * task, about what, for whom and when it was due; the reminder is recorded once per job.
 */
@Component
public class SendReminderWorker {

    private static final Logger log = LoggerFactory.getLogger(SendReminderWorker.class);

    private final Reminders reminders;
    private final Clock clock;

    SendReminderWorker(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @JobWorker(type = "send-reminder")
    public void sendReminder(ActivatedJob job, @Variable String reminderTask, @Variable String reminderRecipients,
                             @Variable(optional = true) String reminderDueAt, @Variable(optional = true) String subject) {
        reminders.record(new Reminder(null, job.getKey(), job.getProcessInstanceKey(), reminderTask,
                subject == null ? job.getBpmnProcessId() : subject, reminderRecipients,
                reminderDueAt == null ? null : Instant.parse(reminderDueAt), clock.instant()));
        log.info("Reminder: task '{}' for {} ({}) was due at {}", reminderTask, reminderRecipients, subject, reminderDueAt);
    }
}
