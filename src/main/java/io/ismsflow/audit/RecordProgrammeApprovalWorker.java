package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import java.util.List;
import org.springframework.stereotype.Component;

/** 9.2.2: the ISMS manager approved the programme; each of its audits now runs its own process. */
@Component
public class RecordProgrammeApprovalWorker {

    private final AuditProgrammes programmes;

    RecordProgrammeApprovalWorker(AuditProgrammes programmes) {
        this.programmes = programmes;
    }

    @JobWorker(type = "record-programme-approval")
    public Approved approve(ActivatedJob job, @Variable long programmeId, @Variable(optional = true) String approvalNote,
                            @Variable(optional = true) String completedBy) {
        return new Approved(programmes.approve(programmeId, approvalNote, Actor.forJob(job, completedBy)));
    }

    /** @param auditIds one internal-audit process each */
    public record Approved(List<Long> auditIds) {
    }
}
