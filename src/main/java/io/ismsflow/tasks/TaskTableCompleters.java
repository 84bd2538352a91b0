package io.ismsflow.tasks;

import io.ismsflow.trail.TaskCompleters;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The trail's source for who completed a task outside ISMS Flow: the task table, fed by the completing listener. */
@Component
class TaskTableCompleters implements TaskCompleters {

    private final TaskRecordRepository tasks;

    TaskTableCompleters(TaskRecordRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> lastCompleterIn(long processInstanceKey) {
        return tasks.lastCompleterIn(processInstanceKey);
    }
}
