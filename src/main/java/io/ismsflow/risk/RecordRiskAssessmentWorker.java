package io.ismsflow.risk;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Applies the owner's reassessment to the register: new scores, acceptance against the appetite, next review date. */
@Component
public class RecordRiskAssessmentWorker {

    private final RiskRegister register;
    private final JobInput input;

    RecordRiskAssessmentWorker(RiskRegister register, JobInput input) {
        this.register = register;
        this.input = input;
    }

    @JobWorker(type = "record-risk-assessment")
    public AssessmentResult recordAssessment(ActivatedJob job, @Variable long riskId,
                                             @VariablesAsType Reassessment reassessment,
                                             @Variable(optional = true) ReviewTrigger reviewTrigger,
                                             @Variable(optional = true) String reviewTriggerReference,
                                             @Variable(optional = true) String completedBy) {
        return register.recordAssessment(riskId, input.valid(reassessment, job), reviewTrigger, reviewTriggerReference,
                Actor.forJob(job, completedBy));
    }
}
