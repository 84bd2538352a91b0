package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.trail.Actor;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 10.2 e: makes the changes to the ISMS the done actions imply, in the risk register and the SoA, in one transaction. */
@Component
public class ApplyIsmsChangesWorker {

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;

    ApplyIsmsChangesWorker(Nonconformities nonconformities, ProcessDeadlines deadlines) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "apply-isms-changes")
    public Map<String, Object> applyIsmsChanges(ActivatedJob job, @Variable long nonconformityId,
                                                @Variable String effectivenessPeriod,
                                                @Variable(optional = true) String completedBy) {
        // completedBy here is the ISMS manager who approved the plan: the action owners' completions stay in their branches.
        int applied = nonconformities.applyIsmsChanges(nonconformityId, Actor.forJob(job, completedBy));
        return Map.of("appliedIsmsChanges", applied,
                "verificationDueAt", deadlines.verification(Duration.parse(effectivenessPeriod)));
    }
}
