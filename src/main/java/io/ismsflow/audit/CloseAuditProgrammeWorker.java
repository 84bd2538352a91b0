package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/**
 * 9.2.2 c: every audit of the cycle has reported; the programme's report (coverage, results, nonconformities and their
 * state) is frozen and top management told to acknowledge it.
 */
@Component
public class CloseAuditProgrammeWorker {

    private final ProgrammeReports reports;
    private final AuditDeadlines deadlines;

    CloseAuditProgrammeWorker(ProgrammeReports reports, AuditDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "close-audit-programme")
    public Reported close(ActivatedJob job, @Variable long programmeId) {
        long report = reports.complete(programmeId, Actor.forJob(job, null));
        return new Reported(report, deadlines.acknowledgement());
    }

    public record Reported(long programmeReportId, String acknowledgementDueAt) {
    }
}
