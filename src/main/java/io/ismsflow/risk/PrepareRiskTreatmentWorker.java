package io.ismsflow.risk;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.ismsflow.escalation.EscalationPolicy;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/** Hands the treatment its actions (one task each, due at the end of their due day), the risk and the escalation durations. */
@Component
public class PrepareRiskTreatmentWorker {

    private final RiskRegister register;
    private final TreatmentPlans plans;
    private final EscalationPolicy escalation;

    PrepareRiskTreatmentWorker(RiskRegister register, TreatmentPlans plans, EscalationPolicy escalation) {
        this.register = register;
        this.plans = plans;
        this.escalation = escalation;
    }

    @JobWorker(type = "prepare-risk-treatment")
    public TreatmentSubject prepare(@Variable long riskId, @Variable List<Number> treatmentActionIds) {
        Risk risk = register.get(riskId);
        return new TreatmentSubject(treatmentActionIds.stream().map(id -> plans.action(id.longValue())).map(ActionToImplement::of).toList(),
                risk.getOwner(),
                risk.getCode() + " " + risk.getTitle(), risk.getResidualLikelihood(), risk.getResidualImpact(),
                escalation.escalateAfter().toString(), escalation.escalateToTopAfter().toString());
    }

    public record TreatmentSubject(List<ActionToImplement> treatmentActions, String riskOwner, String subject, int residualLikelihood,
                            int residualImpact, String escalateAfter, String escalateToTopAfter) {
    }

    /** One element of "Implement treatment actions". */
    public record ActionToImplement(long actionId, String title, String owner, String controlId, String dueAt) {

        static ActionToImplement of(TreatmentAction action) {
            return new ActionToImplement(action.getId(), action.getTitle(), action.getOwner(), action.getControlId(),
                    action.getDueDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        }
    }
}
