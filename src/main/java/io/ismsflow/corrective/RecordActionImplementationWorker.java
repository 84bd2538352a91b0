package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Records that one corrective action was done, with the evidence its owner gave or added as files (10.2 g). */
@Component
public class RecordActionImplementationWorker {

    private final Nonconformities nonconformities;
    private final ActionEvidence evidence;

    RecordActionImplementationWorker(Nonconformities nonconformities, ActionEvidence evidence) {
        this.nonconformities = nonconformities;
        this.evidence = evidence;
    }

    @JobWorker(type = "record-action-implementation")
    public void recordImplementation(ActivatedJob job, @Variable RecordActionPlanWorker.ActionToImplement action,
                                     @Variable(optional = true) String evidenceReference,
                                     @Variable(optional = true) String implementationNotes,
                                     @Variable(optional = true) String completedBy) {
        String given = evidence.of(action.actionId(), evidenceReference).orElseThrow(() -> JobInput.incident(job,
                "no evidence for action '" + action.title() + "': give a reference or add a file; a corrective action is done only with evidence"));
        nonconformities.implement(action.actionId(), given, implementationNotes, Actor.forJob(job, completedBy));
    }
}
