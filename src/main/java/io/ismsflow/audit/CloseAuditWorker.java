package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Follow-up done: every nonconformity the audit raised is closed, and so is the audit. */
@Component
public class CloseAuditWorker {

    private final Audits audits;

    CloseAuditWorker(Audits audits) {
        this.audits = audits;
    }

    @JobWorker(type = "close-audit")
    public void close(ActivatedJob job, @Variable long auditId) {
        audits.close(auditId, Actor.forJob(job, null));
    }
}
