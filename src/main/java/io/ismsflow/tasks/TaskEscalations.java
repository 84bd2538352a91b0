package io.ismsflow.tasks;

import java.util.Map;
import java.util.Optional;

/**
 * How far an open task has been escalated, and the end of its escalations once it is done. Implemented by the
 * escalation module, which records them; the task list only reads the level. The task's variables tell the
 * parallel tasks of a multi-instance apart ({@code escalationTaskRef}).
 */
public interface TaskEscalations {

    Optional<String> levelOf(UserTask task, Map<String, Object> variables);

    void taskCompleted(UserTask task, Map<String, Object> variables);
}
