package io.ismsflow.risk;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The panel next to a risk review's tasks: the risk as it stands, its last assessments and the matrix. */
@Component
class RiskTaskContext implements TaskContext {

    private final RiskRegister register;

    RiskTaskContext(RiskRegister register) {
        this.register = register;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        return TaskContext.idIn(variables, "riskId").filter(register::exists).map(id -> {
            Risk risk = register.get(id);
            return new Panel(risk.getCode() + " " + risk.getTitle(), "/risks/" + id, "risk-panel :: panel", Map.of(
                    "risk", risk,
                    "matrix", register.currentMatrix(),
                    "assessments", register.assessmentsOf(id).reversed().stream().limit(3).toList()));
        });
    }
}
