package io.ismsflow.audit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 9.2.2 c: top management acknowledged the programme's report. */
@Component
public class RecordProgrammeAcknowledgementWorker {

    private final AuditProgrammes programmes;

    RecordProgrammeAcknowledgementWorker(AuditProgrammes programmes) {
        this.programmes = programmes;
    }

    @JobWorker(type = "record-programme-acknowledgement")
    public void acknowledge(ActivatedJob job, @Variable long programmeId, @Variable(optional = true) String completedBy) {
        programmes.acknowledge(programmeId, Actor.forJob(job, completedBy));
    }
}
