package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 9.2.2 / 10.2: each nonconformity found starts the corrective-action process (one per finding, however often this job
 * runs), each opportunity for improvement goes to the register, and the SoA records the audit of each control.
 */
@Component
public class RecordFindingsWorker {

    private final AuditFindings findings;

    RecordFindingsWorker(AuditFindings findings) {
        this.findings = findings;
    }

    @JobWorker(type = "record-findings")
    public Recorded record(ActivatedJob job, @Variable long auditId) {
        return new Recorded(findings.record(auditId, Actor.forJob(job, null)));
    }

    /** @param nonconformityReferences what the follow-up waits to see closed, one each */
    public record Recorded(List<String> nonconformityReferences) {
    }
}
