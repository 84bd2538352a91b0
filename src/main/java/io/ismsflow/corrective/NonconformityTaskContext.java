package io.ismsflow.corrective;

import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.TrailStories;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The panel next to a corrective action's tasks: the nonconformity with its containment, causes, actions and
 * evidence, plan and effectiveness decisions, and what happened so far.
 */
@Component
class NonconformityTaskContext implements TaskContext {

    private final Nonconformities nonconformities;
    private final TrailStories stories;
    private final EvidenceFiles evidence;

    NonconformityTaskContext(Nonconformities nonconformities, TrailStories stories, EvidenceFiles evidence) {
        this.nonconformities = nonconformities;
        this.stories = stories;
        this.evidence = evidence;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        Long actionId = variables.get("action") instanceof Map<?, ?> action && action.get("actionId") instanceof Number id ? id.longValue() : null;
        return TaskContext.idIn(variables, "nonconformityId").flatMap(nonconformities::findById).map(nc -> {
            Map<String, Object> model = new HashMap<>(Map.of(
                    "nc", nc,
                    "actions", nonconformities.actionsOf(nc.getId()),
                    "history", stories.of(nonconformities.trailOf(nc.getId())).reversed(),
                    "back", "/tasks/" + task.key()));
            // The task of one action: its files beside the form, and where to add one (files never go into the form).
            if (actionId != null && "implement-action".equals(task.elementId())) {
                model.put("taskAction", actionId);
                model.put("taskFiles", evidence.of(ActionEvidence.OWNER, String.valueOf(actionId)));
            }
            return new Panel(nc.getCode() + " " + nc.getTitle(), "/nonconformities/" + nc.getId(), "nonconformity-panel :: panel", model);
        });
    }
}
