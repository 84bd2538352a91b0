package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.RefusedException;
import org.springframework.stereotype.Component;

/**
 * The ISMS manager's decision on an audit report: approved, it is frozen; sent back, the lead auditor reworks it. The
 * lead auditor never approves their own report: done elsewhere than the task list, that is a readable incident.
 */
@Component
public class RecordReportReviewWorker {

    private final Audits audits;

    RecordReportReviewWorker(Audits audits) {
        this.audits = audits;
    }

    @JobWorker(type = "record-report-review")
    public Reviewed review(ActivatedJob job, @Variable long auditId, @Variable(optional = true) String reportDecision,
                           @Variable(optional = true) String reportDecisionReason, @Variable(optional = true) String completedBy) {
        boolean approved = JobInput.approval(job, "reportDecision", reportDecision, "reportDecisionReason", reportDecisionReason);
        try {
            audits.reviewReport(auditId, approved, reportDecisionReason, Actor.forJob(job, completedBy));
        } catch (RefusedException e) {
            throw JobInput.incident(job, e.getMessage());
        }
        return new Reviewed(approved);
    }

    public record Reviewed(boolean reportApproved) {
    }
}
