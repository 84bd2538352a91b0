package io.ismsflow.risk;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import org.springframework.stereotype.Component;

/** Records that the ISMS manager accepted a residual risk above the appetite, with the reason given (6.1.3 f). */
@Component
public class AcceptResidualRiskWorker {

    private final RiskRegister register;

    AcceptResidualRiskWorker(RiskRegister register) {
        this.register = register;
    }

    @JobWorker(type = "accept-residual-risk")
    public void acceptResidualRisk(ActivatedJob job, @Variable long riskId,
                                   @Variable(optional = true) String decisionReason,
                                   @Variable(optional = true) String completedBy) {
        String reason = JobInput.required(job, decisionReason,
                "decisionReason is missing: a residual risk above the appetite is accepted only with a reason");
        register.acceptResidual(riskId, reason, Actor.forJob(job, completedBy));
    }
}
