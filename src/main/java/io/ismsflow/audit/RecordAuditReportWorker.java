package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 9.2.2 c: the lead auditor's report, its summary and conclusion, for the ISMS manager to approve. */
@Component
public class RecordAuditReportWorker {

    private final Audits audits;

    RecordAuditReportWorker(Audits audits) {
        this.audits = audits;
    }

    @JobWorker(type = "record-audit-report")
    public void record(ActivatedJob job, @Variable long auditId, @Variable(optional = true) String reportSummary,
                       @Variable(optional = true) String reportConclusion, @Variable(optional = true) String completedBy) {
        audits.writeReport(auditId, JobInput.required(job, reportSummary, "reportSummary is missing: what was audited and found"),
                JobInput.required(job, reportConclusion, "reportConclusion is missing: does the area conform, and is it effective?"),
                Actor.forJob(job, completedBy));
    }
}
