package io.ismsflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Takes something above the people who had it: an overdue task to its group's manager ({@code GROUP_MANAGER},
 * from the timer at due + escalateAfter) or to top management ({@code TOP_MANAGEMENT}, at due +
 * escalateToTopAfter), or whatever a process escalates itself, with the reason it gives.
 */
@Component
public class EscalateWorker {

    private final Escalations escalations;
    private final Recipients recipients;
    private final Clock clock;

    EscalateWorker(Escalations escalations, Recipients recipients, Clock clock) {
        this.escalations = escalations;
        this.recipients = recipients;
        this.clock = clock;
    }

    @JobWorker(type = "escalate")
    public void escalate(ActivatedJob job, @Variable Escalation.Level escalationLevel,
                         @Variable(optional = true) String escalationTask, @Variable(optional = true) String escalationTaskId,
                         @Variable(optional = true) String escalationGroup, @Variable(optional = true) String escalationDueAt,
                         @Variable(optional = true) String escalationReason, @Variable(optional = true) String subject) {
        Set<String> people = escalationLevel == Escalation.Level.GROUP_MANAGER && escalationGroup != null
                ? recipients.managersOf(escalationGroup)
                : recipients.topManagement();
        String reason = escalationReason != null ? escalationReason
                : "'%s' was due at %s and is still open".formatted(escalationTask, escalationDueAt);
        escalations.raise(new Escalation(null, job.getKey(), job.getProcessInstanceKey(), escalationTask, escalationTaskId,
                escalationLevel, String.join(", ", people), subject == null ? job.getBpmnProcessId() : subject, reason,
                SendReminderWorker.parse(escalationDueAt), clock.instant(), null), people);
    }
}
