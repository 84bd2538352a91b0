package io.ismsflow.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * How far a record's process has come, for its diagram: the steps done (from the record's audit trail, which names
 * the step of every change a worker made) and the steps still open (the instance's open user tasks, from the app's
 * task table), so it works on the in-memory engine and on a cluster alike.
 */
@Service
public class ProcessProgress {

    /** Drawn on a record's page: the model to draw and which of its elements are done and open. */
    public record Progress(String processId, long processInstanceKey, Set<String> completed, Set<String> active) {
    }

    private final TaskRegister tasks;

    ProcessProgress(TaskRegister tasks) {
        this.tasks = tasks;
    }

    public Progress of(String processId, long processInstanceKey, List<String> stepsDone) {
        Set<String> active = new LinkedHashSet<>();
        tasks.open().stream().map(TaskRecord::task).filter(task -> task.processInstanceKey() == processInstanceKey)
                .forEach(task -> active.add(task.elementId()));
        return new Progress(processId, processInstanceKey, new LinkedHashSet<>(stepsDone), active);
    }
}
