package io.ismsflow.soa;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A treatment action done implements its control (6.1.3 d): the SoA says so, with the action and its evidence as the reason. */
@Component
public class ImplementControlFromTreatmentWorker {

    private final StatementOfApplicability soa;

    ImplementControlFromTreatmentWorker(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @JobWorker(type = "implement-control-from-treatment")
    public void implement(ActivatedJob job, @Variable Map<String, Object> action, @Variable(optional = true) String treatmentEvidence,
                          @Variable(optional = true) String subject, @Variable(optional = true) String completedBy) {
        Object controlId = action.get("controlId");
        if (controlId == null) {
            return;
        }
        try {
            soa.changeImplementationStatus(controlId.toString(), ImplementationStatus.IMPLEMENTED, "treatment action \"%s\" of %s (evidence: %s)"
                    .formatted(action.get("title"), subject, treatmentEvidence), Actor.forJob(job, completedBy));
        } catch (IllegalStateException e) {
            throw JobInput.incident(job, e.getMessage());
        }
    }
}
