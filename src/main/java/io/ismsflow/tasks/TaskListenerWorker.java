package io.ismsflow.tasks;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.ismsflow.engine.ProcessCatalogue;
import io.ismsflow.trail.Actor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * On a Camunda 8.8 cluster, keeps the app's task table as Camunda user tasks open, change hands and close: every
 * user task of the models declares this worker's type as its listener for creating, assigning, completing and
 * canceling (the in-memory engine's job-worker tasks have no listeners; there the task inbox keeps the table).
 * Completing the listener's job lets the task's transition go on.
 */
@Component
class TaskListenerWorker {

    static final String TYPE = "isms-task-listener";

    private final TaskRegister register;
    private final ProcessCatalogue processes;

    TaskListenerWorker(TaskRegister register, ProcessCatalogue processes) {
        this.register = register;
        this.processes = processes;
    }

    @JobWorker(type = TYPE)
    public void taskChanged(ActivatedJob job) {
        UserTaskProperties task = job.getUserTask();
        if (task == null || task.getUserTaskKey() == null) {
            return;
        }
        long key = task.getUserTaskKey();
        Map<String, Object> variables = job.getVariablesAsMap();
        ListenerEventType event = job.getListenerEventType();
        switch (event) {
            case CREATING -> register.opened(new UserTask(key, processes.elementName(job.getBpmnProcessId(), job.getElementId()),
                    job.getBpmnProcessId(), job.getProcessInstanceKey(), job.getElementId(), task.getAssignee(),
                    Objects.requireNonNullElse(task.getCandidateGroups(), List.of()), null, task.getDueDate()), variables);
            case ASSIGNING -> register.assigned(key, task.getAssignee());
            case COMPLETING -> register.completed(key, Objects.toString(variables.getOrDefault(Actor.COMPLETED_BY, task.getAssignee()), null));
            case CANCELING -> register.canceled(key);
            default -> { }
        }
    }
}
