package io.ismsflow.tasks;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How far an open task has been escalated, and the end of its escalations once it is done. Implemented by the
 * escalation module, which records them; the task list only reads the level. The task's variables tell the
 * parallel tasks of a multi-instance apart ({@code escalationTaskRef}).
 */
public interface TaskEscalations {

    Optional<String> levelOf(UserTask task, Map<String, Object> variables);

    void taskCompleted(UserTask task, Map<String, Object> variables);

    /** The managers of the task's candidate groups, whom its escalations reach and who may reassign it. */
    Set<String> managersOf(UserTask task);
}
