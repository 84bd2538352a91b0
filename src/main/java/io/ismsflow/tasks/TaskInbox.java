package io.ismsflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to the engine's user tasks. The UI, the API and the escalation workers see only this; production
 * uses Camunda user tasks through CamundaClient, the in-memory engine of tests and the dev run uses job-worker
 * user tasks (DESIGN.md, "The engine boundary").
 */
public interface TaskInbox {

    List<UserTask> list(TaskQuery query);

    Optional<TaskDetails> find(long taskKey);

    void claim(long taskKey, String user);

    void unclaim(long taskKey);

    void complete(long taskKey, Map<String, Object> variables);
}
