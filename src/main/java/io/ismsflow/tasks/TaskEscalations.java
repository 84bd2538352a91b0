package io.ismsflow.tasks;

import java.util.Optional;

/**
 * How far an open task has been escalated, and the end of its escalations once it is done. Implemented by the
 * escalation module, which records them; the task list only reads the level.
 */
public interface TaskEscalations {

    Optional<String> levelOf(UserTask task);

    void taskCompleted(UserTask task);
}
