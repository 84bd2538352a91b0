package io.ismsflow.context;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.ismsflow.escalation.EscalationPolicy;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Hands the approval task the version up for approval, its drafter (who may not approve it) and its due date. */
@Component
public class PrepareScopeApprovalWorker {

    private final IsmsScope scope;
    private final ContextProperties properties;
    private final EscalationPolicy escalation;
    private final Clock clock;

    PrepareScopeApprovalWorker(IsmsScope scope, ContextProperties properties, EscalationPolicy escalation, Clock clock) {
        this.scope = scope;
        this.properties = properties;
        this.escalation = escalation;
        this.clock = clock;
    }

    @JobWorker(type = "prepare-scope-approval")
    public ApprovalSubject prepare(@Variable long scopeId) {
        ScopeVersion version = scope.get(scopeId);
        return new ApprovalSubject(version.getNumber(), version.getDraftedBy(), "ISMS scope, version " + version.getNumber(),
                clock.instant().plus(properties.scopeApprovalDue()).toString(), escalation.escalateAfter().toString(),
                escalation.escalateToTopAfter().toString());
    }

    /** Process variables for the approval task and the escalation chain's timers. */
    public record ApprovalSubject(int scopeNumber, String scopeDraftedBy, String subject, String approvalDueAt, String escalateAfter,
                                  String escalateToTopAfter) {
    }
}
