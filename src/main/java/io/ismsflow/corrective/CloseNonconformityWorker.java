package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** 10.2 f, g: closes the nonconformity and keeps its documented information. */
@Component
public class CloseNonconformityWorker {

    private final Nonconformities nonconformities;

    CloseNonconformityWorker(Nonconformities nonconformities) {
        this.nonconformities = nonconformities;
    }

    @JobWorker(type = "close-nonconformity")
    public void close(ActivatedJob job, @Variable long nonconformityId, @Variable(optional = true) String completedBy) {
        nonconformities.close(nonconformityId, Actor.forJob(job, completedBy));
    }
}
