package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import org.springframework.stereotype.Component;

/** The lead auditor confirmed the fieldwork: the checklist is complete and every nonconformity is a finding. */
@Component
public class RecordFieldworkWorker {

    private final Audits audits;

    RecordFieldworkWorker(Audits audits) {
        this.audits = audits;
    }

    @JobWorker(type = "record-fieldwork")
    public void record(ActivatedJob job, @Variable long auditId, @Variable(optional = true) String conformityStatement,
                       @Variable(optional = true) String completedBy) {
        try {
            audits.finishFieldwork(auditId, conformityStatement, Actor.forJob(job, completedBy));
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, "The fieldwork is not complete: " + e.problems());
        }
    }
}
