package io.ismsflow.approval;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.escalation.EscalationPolicy;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Hands the approval task what is up for approval, who proposed it (who may not approve it), its approvers and due date. */
@Component
public class PrepareApprovalWorker {

    private final ApprovableRecords records;
    private final ApprovalProperties properties;
    private final EscalationPolicy escalation;
    private final Clock clock;

    PrepareApprovalWorker(ApprovableRecords records, ApprovalProperties properties, EscalationPolicy escalation, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.escalation = escalation;
        this.clock = clock;
    }

    @JobWorker(type = "prepare-approval")
    public Subject prepare(ActivatedJob job, @Variable String recordType, @Variable long recordId) {
        ApprovableRecord.Proposal proposal;
        try {
            proposal = records.of(recordType).proposal(recordId);
        } catch (IllegalArgumentException e) {
            throw JobInput.incident(job, e.getMessage());
        }
        return new Subject(proposal.subject(), proposal.proposedBy(), proposal.approverGroup(),
                clock.instant().plus(properties.due()).toString(), escalation.escalateAfter().toString(),
                escalation.escalateToTopAfter().toString());
    }

    /** Process variables for the approval task and the escalation chain's timers. */
    public record Subject(String subject, String proposedBy, String approverGroup, String approvalDueAt, String escalateAfter,
                          String escalateToTopAfter) {
    }
}
