package io.ismsflow.risk;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records that a treatment action was done, with its evidence (8.3); the owner's confirmation of the result is due after it. */
@Component
public class RecordTreatmentActionWorker {

    private final TreatmentPlans plans;
    private final RiskProperties properties;
    private final Clock clock;

    RecordTreatmentActionWorker(TreatmentPlans plans, RiskProperties properties, Clock clock) {
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = "record-treatment-action")
    public Map<String, Object> record(ActivatedJob job, @Variable PrepareRiskTreatmentWorker.ActionToImplement action,
                                      @Variable(optional = true) String treatmentEvidence, @Variable(optional = true) String completedBy) {
        String evidence = JobInput.required(job, treatmentEvidence,
                "treatmentEvidence is missing for '" + action.title() + "': a treatment action is done only with evidence");
        plans.done(action.actionId(), evidence, Actor.forJob(job, completedBy));
        return Map.of("resultDueAt", clock.instant().plus(properties.reassessmentDue()).toString());
    }
}
