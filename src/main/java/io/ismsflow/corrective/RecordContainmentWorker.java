package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 10.2 a: records how the nonconformity was controlled and corrected and its consequences dealt with. */
@Component
public class RecordContainmentWorker {

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;

    RecordContainmentWorker(Nonconformities nonconformities, ProcessDeadlines deadlines) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "record-containment")
    public Map<String, Object> recordContainment(ActivatedJob job, @Variable long nonconformityId,
                                                 @Variable(optional = true) String containment,
                                                 @Variable(optional = true) String hadConsequences,
                                                 @Variable(optional = true) String consequences,
                                                 @Variable(optional = true) String completedBy) {
        String done = JobInput.required(job, containment, "containment is missing: say how the nonconformity was controlled and corrected");
        boolean anyConsequences = JobInput.yesOrNo(job, "hadConsequences", hadConsequences);
        if (anyConsequences) {
            JobInput.required(job, consequences, "consequences are missing: say how the consequences were dealt with (10.2 a2)");
        }
        nonconformities.contain(nonconformityId, done, anyConsequences ? consequences : null, Actor.forJob(job, completedBy));
        return Map.of("analysisDueAt", deadlines.analysis());
    }
}
