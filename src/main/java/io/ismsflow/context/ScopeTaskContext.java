package io.ismsflow.context;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The panel next to the scope approval: the version up for approval beside the one in force. */
@Component
class ScopeTaskContext implements TaskContext {

    private final IsmsScope scope;

    ScopeTaskContext(IsmsScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        if (!IsmsScope.SCOPE.equals(variables.get("recordType"))) {
            return Optional.empty();
        }
        return TaskContext.idIn(variables, "recordId").map(scope::get).map(proposed -> {
            Map<String, Object> model = new HashMap<>();
            model.put("proposed", proposed);
            model.put("current", scope.current().orElse(null));
            return new Panel("ISMS scope, version " + proposed.getNumber(), "/context/scope", "scope-panel :: panel", model);
        });
    }
}
