package io.ismsflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Escalates: the service task's input mappings say to which level, to whom and why (a FEEL expression naming the
 * record). Used wherever a process takes something above the people who had it.
 */
@Component
public class EscalateWorker {

    private static final Logger log = LoggerFactory.getLogger(EscalateWorker.class);

    private final Escalations escalations;
    private final Clock clock;

    EscalateWorker(Escalations escalations, Clock clock) {
        this.escalations = escalations;
        this.clock = clock;
    }

    @JobWorker(type = "escalate")
    public void escalate(ActivatedJob job, @Variable Escalation.Level escalationLevel, @Variable String escalationRecipients,
                         @Variable String escalationReason, @Variable(optional = true) String subject) {
        escalations.record(new Escalation(null, job.getKey(), job.getProcessInstanceKey(), escalationLevel,
                escalationRecipients, subject == null ? job.getBpmnProcessId() : subject, escalationReason, clock.instant()));
        log.info("Escalation to {} ({}): {}", escalationLevel, escalationRecipients, escalationReason);
    }
}
