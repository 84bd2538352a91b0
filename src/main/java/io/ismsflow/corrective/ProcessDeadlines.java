package io.ismsflow.corrective;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Due dates of the corrective-action tasks, as the ISO 8601 instants the models' due dates and timers read. */
@Component
class ProcessDeadlines {

    private final CorrectiveProperties properties;
    private final Clock clock;

    ProcessDeadlines(CorrectiveProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String containment(Severity severity) {
        return in(properties.containmentDue().get(severity));
    }

    String analysis() {
        return in(properties.analysisDue());
    }

    String plan() {
        return in(properties.planDue());
    }

    String approval() {
        return in(properties.approvalDue());
    }

    /** Verification is due once the effectiveness period has passed, plus the time allowed to verify. */
    String verification(Duration effectivenessPeriod) {
        return in(effectivenessPeriod.plus(properties.verificationDue()));
    }

    String effectivenessPeriod(Severity severity) {
        return properties.effectivenessPeriod().get(severity).toString();
    }

    /** An action is due by the end of its due day (UTC). */
    static String endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private String in(Duration duration) {
        return clock.instant().plus(duration).toString();
    }
}
