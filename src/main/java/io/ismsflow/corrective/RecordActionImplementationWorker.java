package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Records that one corrective action was done, with the evidence its owner gave (10.2 g). */
@Component
public class RecordActionImplementationWorker {

    private final Nonconformities nonconformities;

    RecordActionImplementationWorker(Nonconformities nonconformities) {
        this.nonconformities = nonconformities;
    }

    @JobWorker(type = "record-action-implementation")
    public void recordImplementation(ActivatedJob job, @Variable RecordActionPlanWorker.ActionToImplement action,
                                     @Variable(optional = true) String evidenceReference,
                                     @Variable(optional = true) String implementationNotes,
                                     @Variable(optional = true) String completedBy) {
        String evidence = JobInput.required(job, evidenceReference,
                "evidenceReference is missing for action '" + action.title() + "': a corrective action is done only with evidence");
        nonconformities.implement(action.actionId(), evidence, implementationNotes, Actor.forJob(job, completedBy));
    }
}
