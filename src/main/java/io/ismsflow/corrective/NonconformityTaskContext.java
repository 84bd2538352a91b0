package io.ismsflow.corrective;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.web.TrailStories;
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

    NonconformityTaskContext(Nonconformities nonconformities, TrailStories stories) {
        this.nonconformities = nonconformities;
        this.stories = stories;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        return TaskContext.idIn(variables, "nonconformityId").flatMap(nonconformities::findById).map(nc -> new Panel(
                nc.getCode() + " " + nc.getTitle(), "/nonconformities/" + nc.getId(), "nonconformity-panel :: panel", Map.of(
                        "nc", nc,
                        "actions", nonconformities.actionsOf(nc.getId()),
                        "history", stories.of(nonconformities.trailOf(nc.getId())).reversed())));
    }
}
