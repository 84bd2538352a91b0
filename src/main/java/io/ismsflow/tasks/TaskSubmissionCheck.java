package io.ismsflow.tasks;

import io.ismsflow.web.InvalidFieldsException;
import java.util.Map;
import java.util.Optional;

/**
 * A process's own rule for completing one of its tasks, beyond what the form can express (for example: the
 * controls named must exist; the verifier must not own the actions verified). Checked before the task completes: first
 * {@link #refusal} (the task list refuses such a user with {@code RefusedException}, 403, and Tasklist's completion is
 * denied), then {@link #check}, which throws {@code InvalidFieldsException} (400) for input at fault.
 */
public interface TaskSubmissionCheck {

    /** The process whose task this checks (its BPMN process id). */
    String processId();

    /** The user task this checks (its element id in the model). */
    String taskElementId();

    default boolean appliesTo(UserTask task) {
        return processId().equals(task.processId()) && taskElementId().equals(task.elementId());
    }

    /** The submission's own rules; none beyond who may complete it, unless a check says otherwise. */
    default void check(UserTask task, Map<String, Object> taskVariables, Map<String, Object> submission, String user) {
    }

    /**
     * A field a form can only make required by the answer to another one: the reason for a rejection ({@code
     * decision} is "reject"), the consequences when there were any.
     */
    static void requireWhenAnswered(Map<String, Object> submission, String field, String answer, String requiredField, String problem) {
        Object given = submission.get(requiredField);
        if (answer.equals(submission.get(field)) && (given == null || given.toString().isBlank())) {
            throw new InvalidFieldsException(Map.of(requiredField, problem));
        }
    }

    /**
     * Why the user may not complete the task whatever they enter (e.g. they own an action to be verified), so the
     * task page can say so before they try; empty if they may.
     */
    default Optional<String> refusal(UserTask task, Map<String, Object> taskVariables, String user) {
        return Optional.empty();
    }
}
