package io.ismsflow.risk;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Records what the treatment reached (8.3): as planned, or the residual it reached, which starts a review of the risk. */
@Component
public class RecordTreatmentResultWorker {

    private final RiskRegister register;

    RecordTreatmentResultWorker(RiskRegister register) {
        this.register = register;
    }

    @JobWorker(type = "record-treatment-result")
    public void record(ActivatedJob job, @Variable long riskId, @Variable(optional = true) String residualReached,
                       @Variable(optional = true) Integer reachedLikelihood, @Variable(optional = true) Integer reachedImpact,
                       @Variable(optional = true) String resultNotes, @Variable(optional = true) String completedBy) {
        boolean reached = JobInput.yesOrNo(job, "residualReached", residualReached);
        if (!reached && (reachedLikelihood == null || reachedImpact == null || reachedLikelihood < 1 || reachedLikelihood > 5
                || reachedImpact < 1 || reachedImpact > 5)) {
            throw JobInput.incident(job, "reachedLikelihood and reachedImpact (1 to 5) are needed when the planned residual was not reached");
        }
        register.recordTreatmentResult(riskId, reached, reachedLikelihood, reachedImpact,
                JobInput.required(job, resultNotes, "resultNotes is missing: say what the treatment achieved"), Actor.forJob(job, completedBy));
    }
}
