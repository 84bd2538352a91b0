package io.ismsflow.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the audit tasks are due, as the ISO 8601 instants the models' due dates and timers read, and the escalation
 * chain's durations. These come from the same settings the escalation module reads; audit does not depend on it.
 */
@Component
class AuditDeadlines {

    private final AuditProperties properties;
    private final Duration escalateAfter;
    private final Duration escalateToTopAfter;
    private final Clock clock;

    AuditDeadlines(AuditProperties properties, @Value("${isms.escalation.escalate-after}") Duration escalateAfter,
                   @Value("${isms.escalation.escalate-to-top-after}") Duration escalateToTopAfter, Clock clock) {
        this.properties = properties;
        this.escalateAfter = escalateAfter;
        this.escalateToTopAfter = escalateToTopAfter;
        this.clock = clock;
    }

    String escalateAfter() {
        return escalateAfter.toString();
    }

    String escalateToTopAfter() {
        return escalateToTopAfter.toString();
    }

    String programmeApproval() {
        return clock.instant().plus(properties.approvalDue()).toString();
    }

    String acknowledgement() {
        return clock.instant().plus(properties.acknowledgementDue()).toString();
    }

    /** The window opens at the start of its first day (UTC); at once when that has passed. */
    String windowOpens(Audit audit) {
        return startOf(audit.getWindowStart()).toString();
    }

    String plan(Audit audit) {
        return startOf(audit.getWindowStart()).plus(properties.planDue()).toString();
    }

    /** The fieldwork is due by the end of the window. */
    String fieldwork(Audit audit) {
        return startOf(audit.getWindowEnd().plusDays(1)).toString();
    }

    String report(Audit audit) {
        return startOf(audit.getWindowEnd().plusDays(1)).plus(properties.reportDue()).toString();
    }

    String reportApproval(Audit audit) {
        return startOf(audit.getWindowEnd().plusDays(1)).plus(properties.reportDue()).plus(properties.approvalDue()).toString();
    }

    /** Reassigning auditors is due within the time allowed to plan, from now. */
    String reassignment() {
        return clock.instant().plus(properties.planDue()).toString();
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
