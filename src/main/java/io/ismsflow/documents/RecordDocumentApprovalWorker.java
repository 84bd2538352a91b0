package io.ismsflow.documents;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Records the approver's decision. A rejection sends the document back to its owner for another round, with the
 * reason and a fresh due date; an approver who wrote what they decided on (a task completed outside ISMS Flow's task
 * list, which refuses it) stops the process with an incident instead.
 */
@Component
public class RecordDocumentApprovalWorker {

    private final DocumentRegister register;
    private final DocumentProperties properties;
    private final Clock clock;

    RecordDocumentApprovalWorker(DocumentRegister register, DocumentProperties properties, Clock clock) {
        this.register = register;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = "record-document-approval")
    public Decision record(ActivatedJob job, @Variable int reviewRound, @Variable(optional = true) String approvalDecision,
                           @Variable(optional = true) String approvalNote, @Variable(optional = true) String completedBy) {
        boolean approved = JobInput.approval(job, "approvalDecision", approvalDecision, "approvalNote", approvalNote);
        try {
            register.recordDecision(job.getProcessInstanceKey(), reviewRound, approved ? ApprovalDecision.APPROVED : ApprovalDecision.REJECTED,
                    approvalNote, Actor.forJob(job, completedBy));
        } catch (IllegalStateException e) {
            throw JobInput.incident(job, e.getMessage());
        }
        return approved ? new Decision(true, reviewRound, null, null)
                : new Decision(false, reviewRound + 1, approvalNote, clock.instant().plus(properties.reviewDue()).toString());
    }

    /** @param reviewRound the next round's number after a rejection */
    public record Decision(boolean approved, int reviewRound, String rejectionNote, String reviewDueAt) {
    }
}
