package io.ismsflow.approval;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/**
 * Records the approvers' decision on the record. Whoever proposed it may not decide: the task list refuses them,
 * and a completion elsewhere stops here with a readable incident.
 */
@Component
public class RecordApprovalDecisionWorker {

    private final ApprovableRecords records;

    RecordApprovalDecisionWorker(ApprovableRecords records) {
        this.records = records;
    }

    @JobWorker(type = "record-approval-decision")
    public void record(ActivatedJob job, @Variable String recordType, @Variable long recordId,
                       @Variable(optional = true) String approvalDecision, @Variable(optional = true) String approvalNote,
                       @Variable(optional = true) String approvalStage, @Variable(optional = true) String proposedBy,
                       @Variable(optional = true) String completedBy) {
        boolean approved = JobInput.approval(job, "approvalDecision", approvalDecision, "approvalNote", approvalNote);
        if (completedBy != null && completedBy.equals(proposedBy)) {
            throw JobInput.incident(job, completedBy + " proposed this version and may not approve it (four eyes)");
        }
        records.of(recordType).decide(recordId, approvalStage == null ? Approvals.SINGLE : approvalStage, approved, approvalNote,
                Actor.forJob(job, completedBy));
    }
}
