package io.ismsflow.corrective;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time allowed for each step of the corrective-action process. Containment and the effectiveness period depend
 * on the severity; the effectiveness period becomes a process variable, so tests and demos can shorten it.
 */
@ConfigurationProperties("isms.corrective")
public record CorrectiveProperties(Map<Severity, Duration> containmentDue, Map<Severity, Duration> effectivenessPeriod,
                                   Duration analysisDue, Duration planDue, Duration approvalDue, Duration verificationDue) {

    public CorrectiveProperties {
        for (Severity severity : Severity.values()) {
            if (containmentDue == null || !containmentDue.containsKey(severity)
                    || effectivenessPeriod == null || !effectivenessPeriod.containsKey(severity)) {
                throw new IllegalArgumentException("isms.corrective.containment-due and .effectiveness-period need a value for "
                        + severity.name().toLowerCase());
            }
        }
    }
}
