package io.ismsflow.tasks;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.worker.JobClient;
import io.ismsflow.engine.ProcessCatalogue;
import io.ismsflow.trail.Actor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On a Camunda 8.8 cluster, keeps the app's task table as Camunda user tasks open, change hands and close: every
 * user task of the models declares this worker's type as its listener for creating, assigning, completing and
 * canceling (the in-memory engine's job-worker tasks have no listeners; there the task inbox keeps the table).
 * A completion in Camunda Tasklist passes the same rules as one in ISMS Flow's task list: a completion the process
 * forbids the person (an action owner verifying effectiveness, an author approving their own document) is denied
 * with the reason, which Tasklist shows; an allowed one is recorded with its person, so the trail attributes what
 * the workers then change.
 */
@Component
class TaskListenerWorker {

    static final String TYPE = "isms-task-listener";

    private final TaskRegister register;
    private final ProcessCatalogue processes;
    private final List<TaskSubmissionCheck> checks;

    TaskListenerWorker(TaskRegister register, ProcessCatalogue processes, List<TaskSubmissionCheck> checks) {
        this.register = register;
        this.processes = processes;
        this.checks = checks;
    }

    @JobWorker(type = TYPE, autoComplete = false)
    public void taskChanged(JobClient client, ActivatedJob job) {
        Optional<String> denied = handle(job);
        var completion = client.newCompleteCommand(job);
        (denied.isEmpty() ? completion : completion.withResult(result -> result.forUserTask().deny(true, denied.get()))).send().join();
    }

    /** Keeps the table; the reason a completion is denied, if it is. */
    Optional<String> handle(ActivatedJob job) {
        UserTaskProperties properties = job.getUserTask();
        if (properties == null || properties.getUserTaskKey() == null) {
            return Optional.empty();
        }
        long key = properties.getUserTaskKey();
        Map<String, Object> variables = job.getVariablesAsMap();
        UserTask task = new UserTask(key, processes.elementName(job.getBpmnProcessId(), job.getElementId()), job.getBpmnProcessId(),
                job.getProcessInstanceKey(), job.getElementId(), properties.getAssignee(),
                Objects.requireNonNullElse(properties.getCandidateGroups(), List.of()), null, properties.getDueDate());
        switch (job.getListenerEventType()) {
            case CREATING -> register.opened(task, variables);
            case ASSIGNING -> register.assigned(key, properties.getAssignee());
            case COMPLETING -> {
                String person = Objects.toString(variables.getOrDefault(Actor.COMPLETED_BY, properties.getAssignee()), null);
                Optional<String> denied = person == null ? Optional.of("Assign the task to yourself before completing it")
                        : checks.stream().filter(check -> check.appliesTo(task))
                        .map(check -> check.refusal(task, variables, person)).flatMap(Optional::stream).findFirst();
                if (denied.isPresent()) {
                    return denied;
                }
                register.completed(key, person);
            }
            case CANCELING -> register.canceled(key);
            default -> { }
        }
        return Optional.empty();
    }
}
