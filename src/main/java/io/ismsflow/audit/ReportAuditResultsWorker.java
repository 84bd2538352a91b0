package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 9.2.2 c: the audit's results reach relevant management, with the frozen report; when the cycle's last audit has reported, so does its programme. */
@Component
public class ReportAuditResultsWorker {

    private final AuditResults results;

    ReportAuditResultsWorker(AuditResults results) {
        this.results = results;
    }

    @JobWorker(type = "report-audit-results")
    public void report(ActivatedJob job, @Variable long auditId) {
        results.report(auditId, Actor.forJob(job, null));
    }
}
