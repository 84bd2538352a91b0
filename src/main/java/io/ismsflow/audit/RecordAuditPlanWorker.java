package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import org.springframework.stereotype.Component;

/** 9.2.2 b: the lead auditor's plan (scope, criteria, method, team, auditees, dates); its checklist follows the criteria. */
@Component
public class RecordAuditPlanWorker {

    private final Audits audits;
    private final JobInput input;

    RecordAuditPlanWorker(Audits audits, JobInput input) {
        this.audits = audits;
        this.input = input;
    }

    @JobWorker(type = "record-audit-plan")
    public Planned record(ActivatedJob job, @VariablesAsType PlanSubmission submission) {
        AuditPlan plan;
        try {
            plan = input.valid(submission.plan(), job);
        } catch (IllegalArgumentException e) {
            throw JobInput.incident(job, "auditMethods names a method ISMS Flow does not know: " + submission.auditMethods());
        }
        try {
            return new Planned(audits.plan(submission.auditId(), plan, Actor.forJob(job, submission.completedBy())).getLeadAuditor());
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, "The plan of the audit cannot be kept: " + e.problems());
        }
    }

    public record Planned(String leadAuditor) {
    }
}
