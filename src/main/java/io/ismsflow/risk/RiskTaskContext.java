package io.ismsflow.risk;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The panel next to a risk's tasks (review, treatment): the risk as it stands, its last assessments, the criteria, its plan. */
@Component
class RiskTaskContext implements TaskContext {

    private final RiskRegister register;
    private final TreatmentPlans treatments;

    RiskTaskContext(RiskRegister register, TreatmentPlans treatments) {
        this.register = register;
        this.treatments = treatments;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        return TaskContext.idIn(variables, "riskId").filter(register::exists).map(id -> {
            Risk risk = register.get(id);
            return new Panel(risk.getCode() + " " + risk.getTitle(), "/risks/" + id, "risk-panel :: panel", Map.of(
                    "risk", risk,
                    "matrix", register.currentMatrix(),
                    "assessments", register.assessmentsOf(id).reversed().stream().limit(3).toList(),
                    "treatmentActions", treatments.of(id)));
        });
    }
}
