package io.ismsflow.escalation;

import io.ismsflow.tasks.TaskEscalations;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The escalation level the task list shows, and the end of a task's escalations when it completes. Escalations
 * are matched to a task by process instance and task reference: the element id, or, for the parallel tasks of a
 * multi-instance, the {@code escalationTaskRef} the model gives each of them (e.g. {@code implement-action:17}).
 */
@Component
class EscalationTasks implements TaskEscalations {

    private final Escalations escalations;
    private final EscalationPolicy policy;

    EscalationTasks(Escalations escalations, EscalationPolicy policy) {
        this.escalations = escalations;
        this.policy = policy;
    }

    static final String TASK_REF = "escalationTaskRef";

    @Override
    public Optional<String> levelOf(UserTask task, Map<String, Object> variables) {
        return escalations.levelOf(task.processInstanceKey(), reference(task, variables)).map(Enum::name);
    }

    @Override
    public void taskCompleted(UserTask task, Map<String, Object> variables) {
        escalations.resolve(task.processInstanceKey(), reference(task, variables));
    }

    @Override
    public Set<String> managersOf(UserTask task) {
        return task.candidateGroups().stream()
                .map(group -> policy.groupManagers().get(group))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static String reference(UserTask task, Map<String, Object> variables) {
        Object ref = variables.get(TASK_REF);
        return ref != null ? ref.toString() : task.elementId();
    }
}
