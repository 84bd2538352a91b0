package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ISMS manager named another lead auditor or team; the audit goes back to planning with them. */
@Component
public class RecordAuditTeamWorker {

    private final Audits audits;

    RecordAuditTeamWorker(Audits audits) {
        this.audits = audits;
    }

    @JobWorker(type = "record-audit-team")
    public Reassigned record(ActivatedJob job, @Variable long auditId, @Variable(optional = true) String leadAuditor,
                             @Variable(optional = true) List<String> auditTeam, @Variable(optional = true) String completedBy) {
        String lead = JobInput.required(job, leadAuditor, "leadAuditor is missing: name the auditor who leads the audit");
        audits.reassign(auditId, lead, auditTeam == null ? List.of() : auditTeam, Actor.forJob(job, completedBy));
        return new Reassigned(lead);
    }

    public record Reassigned(String leadAuditor) {
    }
}
