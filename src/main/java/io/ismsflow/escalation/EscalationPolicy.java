package io.ismsflow.escalation;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation chain's timing and who manages each group. The durations become process variables when a process
 * starts (its first worker outputs them), where the models' timers read them: tests and demos can shorten them.
 *
 * @param escalateAfter how long after a task's due date its group's manager is told
 * @param escalateToTopAfter how long after the due date top management is told
 * @param groupManagers user name of the manager of each candidate group
 */
@ConfigurationProperties("isms.escalation")
public record EscalationPolicy(Duration escalateAfter, Duration escalateToTopAfter, Map<String, String> groupManagers) {

    public EscalationPolicy {
        if (escalateAfter == null || escalateToTopAfter == null || !escalateToTopAfter.minus(escalateAfter).isPositive()) {
            throw new IllegalArgumentException("isms.escalation.escalate-to-top-after must come after escalate-after");
        }
        groupManagers = groupManagers == null ? Map.of() : Map.copyOf(groupManagers);
    }
}
