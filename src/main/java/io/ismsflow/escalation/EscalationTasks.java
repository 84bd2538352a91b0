package io.ismsflow.escalation;

import io.ismsflow.tasks.TaskEscalations;
import io.ismsflow.tasks.UserTask;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The escalation level the task list shows, and the end of a task's escalations when it completes. Tasks are
 * matched by process instance and element: the parallel tasks of one multi-instance share their level.
 */
@Component
class EscalationTasks implements TaskEscalations {

    private final Escalations escalations;

    EscalationTasks(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public Optional<String> levelOf(UserTask task) {
        return escalations.levelOf(task.processInstanceKey(), task.elementId()).map(Enum::name);
    }

    @Override
    public void taskCompleted(UserTask task) {
        escalations.resolve(task.processInstanceKey(), task.elementId());
    }
}
