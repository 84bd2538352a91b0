package io.ismsflow.risk;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The panel next to the approval of risk criteria: the proposal beside the criteria in force. */
@Component
class CriteriaTaskContext implements TaskContext {

    private final RiskCriteria criteria;

    CriteriaTaskContext(RiskCriteria criteria) {
        this.criteria = criteria;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        if (!RiskCriteria.CRITERIA.equals(variables.get("recordType"))) {
            return Optional.empty();
        }
        return TaskContext.idIn(variables, "recordId").map(id -> criteria.get(Math.toIntExact(id))).map(proposed ->
                new Panel("Risk criteria, version " + proposed.id(), "/risks/criteria", "risk-criteria-panel :: panel",
                        Map.of("proposed", proposed, "current", criteria.current())));
    }
}
