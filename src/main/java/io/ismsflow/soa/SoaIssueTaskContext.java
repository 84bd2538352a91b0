package io.ismsflow.soa;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The panel next to the approval of an SoA version: what it states, and what changed since the version in force. */
@Component
class SoaIssueTaskContext implements TaskContext {

    private final SoaIssues issues;

    SoaIssueTaskContext(SoaIssues issues) {
        this.issues = issues;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        if (!SoaIssues.ISSUE.equals(variables.get("recordType"))) {
            return Optional.empty();
        }
        return TaskContext.idIn(variables, "recordId").map(issues::get).map(issue -> {
            Map<String, Object> model = new HashMap<>();
            model.put("issue", issue);
            model.put("rows", issues.rowsOf(issue));
            issues.latestIssued().ifPresent(latest -> model.put("latest", latest));
            return new Panel("The SoA proposed for issue", "/soa/issues", "soa-issue-panel :: panel", model);
        });
    }
}
