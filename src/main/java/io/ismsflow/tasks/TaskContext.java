package io.ismsflow.tasks;

import java.util.Map;
import java.util.Optional;

/**
 * What a task decides on, shown next to its form: the record as it stands, its history and a link to its page.
 * Each module that owns records implements it for its own tasks (the task list knows none of them).
 */
public interface TaskContext {

    /** The panel for the task's record, if this module owns it (found by the task's variables, e.g. {@code riskId}). */
    Optional<Panel> panelFor(UserTask task, Map<String, Object> variables);

    /**
     * @param fragment the Thymeleaf fragment that renders it, e.g. {@code risk-panel :: panel}
     * @param model what the fragment reads
     */
    record Panel(String title, String link, String fragment, Map<String, Object> model) {
    }

    /** A variable holding a record id, whatever number type the engine handed back. */
    static Optional<Long> idIn(Map<String, Object> variables, String name) {
        return variables.get(name) instanceof Number id ? Optional.of(id.longValue()) : Optional.empty();
    }
}
