package io.ismsflow.support;

import static org.awaitility.Awaitility.await;

import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.TaskQuery;
import io.ismsflow.tasks.UserTask;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Waits for user tasks to show in the task inbox, found by a process variable such as {@code riskId}. */
public final class OpenTasks {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final TaskInbox inbox;

    public OpenTasks(TaskInbox inbox) {
        this.inbox = inbox;
    }

    public UserTask awaitTask(String elementId, String variable, Object value) {
        return await("task " + elementId + " with " + variable + "=" + value)
                .atMost(PATIENCE)
                .until(() -> find(elementId, variable, value), Optional::isPresent)
                .orElseThrow();
    }

    public Optional<UserTask> find(String elementId, String variable, Object value) {
        return all(elementId, variable, value).stream().findFirst();
    }

    public List<UserTask> all(String elementId, String variable, Object value) {
        return inbox.list(TaskQuery.all()).stream()
                .filter(task -> task.elementId().equals(elementId))
                .filter(task -> inbox.find(task.key())
                        .map(details -> Objects.equals(String.valueOf(details.variables().get(variable)), String.valueOf(value)))
                        .orElse(false))
                .toList();
    }

    public void awaitGone(long taskKey) {
        await("task " + taskKey + " to close").atMost(PATIENCE)
                .until(() -> inbox.list(TaskQuery.all()).stream().noneMatch(task -> task.key() == taskKey));
    }
}
